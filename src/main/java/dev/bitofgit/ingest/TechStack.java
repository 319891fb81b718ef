package dev.bitofgit.ingest;

import static dev.bitofgit.ingest.SignalDetector.fileName;
import static dev.bitofgit.ingest.SignalDetector.lower;

import dev.bitofgit.store.Technology;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The tech stack rules: which languages a repository's file extensions show, and which frameworks and tools its
 * manifests name. One table serves detection and the vocabulary questions may use, so a rule added here is both
 * detected and understood.
 */
final class TechStack {
    private static final Map<String, String> EXTENSION_LANGUAGES = extensionLanguages();

    private TechStack() {
    }

    /** The manifests as the technology rules read them: lower-cased texts and the npm dependency names. */
    private record Manifests(Map<String, String> raw, String jvm, Set<String> npm, String python, String goMod,
                             String cargo, String gemfile, String composer) {
        static Manifests of(Map<String, String> manifests) {
            return new Manifests(manifests, lower(manifests.get("pom.xml")) + lower(manifests.get("build.gradle"))
                    + lower(manifests.get("build.gradle.kts")),
                    PackageJson.dependencyNames(manifests.getOrDefault("package.json", "")),
                    lower(manifests.get("pyproject.toml")) + "\n" + lower(manifests.get("requirements.txt")),
                    lower(manifests.get("go.mod")), lower(manifests.get("Cargo.toml")), lower(manifests.get("Gemfile")),
                    lower(manifests.get("composer.json")));
        }

        boolean has(String manifest) {
            return raw.containsKey(manifest);
        }
    }

    /** A framework or tool and what in the manifests shows it: the one table detection and vocabularies read. */
    private record TechnologyRule(String name, String kind, Predicate<Manifests> present) {
    }

    private static final List<TechnologyRule> TECHNOLOGY_RULES = List.of(
            framework("Spring Boot", m -> m.jvm().contains("spring-boot")),
            framework("Javalin", m -> m.jvm().contains("io.javalin")),
            framework("Quarkus", m -> m.jvm().contains("io.quarkus")),
            framework("Micronaut", m -> m.jvm().contains("io.micronaut")),
            framework("Hibernate", m -> m.jvm().contains("hibernate")),
            tool("Maven", m -> m.has("pom.xml")),
            tool("Gradle", m -> m.has("build.gradle") || m.has("build.gradle.kts")),
            framework("React", m -> m.npm().contains("react")),
            framework("Vue", m -> m.npm().contains("vue")),
            framework("Angular", m -> m.npm().contains("@angular/core")),
            framework("Next.js", m -> m.npm().contains("next")),
            framework("Express", m -> m.npm().contains("express")),
            framework("Svelte", m -> m.npm().contains("svelte")),
            framework("NestJS", m -> m.npm().contains("@nestjs/core")),
            tool("npm", m -> m.has("package.json")),
            framework("Django", m -> pythonPackage(m.python(), "django")),
            framework("Flask", m -> pythonPackage(m.python(), "flask")),
            framework("FastAPI", m -> pythonPackage(m.python(), "fastapi")),
            framework("Streamlit", m -> pythonPackage(m.python(), "streamlit")),
            framework("pandas", m -> pythonPackage(m.python(), "pandas")),
            framework("NumPy", m -> pythonPackage(m.python(), "numpy")),
            framework("PyTorch", m -> pythonPackage(m.python(), "torch")),
            framework("TensorFlow", m -> pythonPackage(m.python(), "tensorflow")),
            framework("SQLAlchemy", m -> pythonPackage(m.python(), "sqlalchemy")),
            framework("Gin", m -> m.goMod().contains("github.com/gin-gonic/gin")),
            framework("Echo", m -> m.goMod().contains("github.com/labstack/echo")),
            framework("Fiber", m -> m.goMod().contains("github.com/gofiber/fiber")),
            framework("Cobra", m -> m.goMod().contains("github.com/spf13/cobra")),
            framework("Tokio", m -> tomlDependency(m.cargo(), "tokio")),
            framework("Actix Web", m -> tomlDependency(m.cargo(), "actix-web")),
            framework("Axum", m -> tomlDependency(m.cargo(), "axum")),
            framework("clap", m -> tomlDependency(m.cargo(), "clap")),
            framework("Serde", m -> tomlDependency(m.cargo(), "serde")),
            tool("Cargo", m -> m.has("Cargo.toml")),
            framework("Ruby on Rails", m -> Pattern.compile("gem\\s+['\"]rails['\"]").matcher(m.gemfile()).find()),
            framework("Sinatra", m -> Pattern.compile("gem\\s+['\"]sinatra['\"]").matcher(m.gemfile()).find()),
            framework("Laravel", m -> m.composer().contains("laravel/framework")),
            framework("Symfony", m -> m.composer().contains("symfony/")));

    private static TechnologyRule framework(String name, Predicate<Manifests> present) {
        return new TechnologyRule(name, Technology.FRAMEWORK, present);
    }

    private static TechnologyRule tool(String name, Predicate<Manifests> present) {
        return new TechnologyRule(name, Technology.TOOL, present);
    }

    /** Every framework and tool name the detector can report (and Docker): the vocabulary questions may use. */
    static Set<String> technologyNames() {
        Set<String> names = new LinkedHashSet<>();
        TECHNOLOGY_RULES.forEach(rule -> names.add(rule.name()));
        names.add("Docker");
        return names;
    }

    /** Every language name the detector can report from file extensions. */
    static Set<String> languageNames() {
        return new LinkedHashSet<>(EXTENSION_LANGUAGES.values());
    }

    static List<Technology> technologies(List<String> paths, Map<String, String> manifests, boolean docker) {
        Map<String, Technology> found = new LinkedHashMap<>();
        for (String path : paths) {
            String language = EXTENSION_LANGUAGES.get(extension(path));
            if (language != null) {
                found.putIfAbsent(language, new Technology(language, Technology.LANGUAGE));
            }
        }
        Manifests read = Manifests.of(manifests);
        for (TechnologyRule rule : TECHNOLOGY_RULES) {
            if (rule.present().test(read)) {
                found.putIfAbsent(rule.name(), new Technology(rule.name(), rule.kind()));
            }
            if (rule.name().equals("npm") && read.npm().contains("typescript")) {
                found.putIfAbsent("TypeScript", new Technology("TypeScript", Technology.LANGUAGE));
            }
        }
        if (docker) {
            found.putIfAbsent("Docker", new Technology("Docker", Technology.TOOL));
        }
        return List.copyOf(found.values());
    }

    private static boolean pythonPackage(String text, String name) {
        return Pattern.compile("(^|[\\s\"'\\[,])" + Pattern.quote(name) + "([\\s\"'=<>~!\\[;,]|$)",
                Pattern.MULTILINE).matcher(text).find();
    }

    private static boolean tomlDependency(String text, String name) {
        return Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*=").matcher(text).find();
    }

    private static String extension(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> extensionLanguages() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("java", "Java");
        map.put("kt", "Kotlin");
        map.put("kts", "Kotlin");
        map.put("scala", "Scala");
        map.put("groovy", "Groovy");
        map.put("py", "Python");
        map.put("ipynb", "Jupyter Notebook");
        map.put("js", "JavaScript");
        map.put("mjs", "JavaScript");
        map.put("cjs", "JavaScript");
        map.put("jsx", "JavaScript");
        map.put("ts", "TypeScript");
        map.put("tsx", "TypeScript");
        map.put("go", "Go");
        map.put("rs", "Rust");
        map.put("rb", "Ruby");
        map.put("php", "PHP");
        map.put("cs", "C#");
        map.put("cpp", "C++");
        map.put("cc", "C++");
        map.put("hpp", "C++");
        map.put("c", "C");
        map.put("h", "C");
        map.put("swift", "Swift");
        map.put("m", "Objective-C");
        map.put("sh", "Shell");
        map.put("bash", "Shell");
        map.put("ex", "Elixir");
        map.put("exs", "Elixir");
        map.put("erl", "Erlang");
        map.put("hs", "Haskell");
        map.put("lua", "Lua");
        map.put("r", "R");
        map.put("dart", "Dart");
        map.put("vue", "Vue");
        map.put("svelte", "Svelte");
        map.put("sql", "SQL");
        map.put("tf", "HCL");
        return Map.copyOf(map);
    }
}
