package dev.bitofgit.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a generated repository is built from: its language's source, manifest and test files, topics and language
 * mix, and the description and README that go with them. Draws from the repository's own random source, in a fixed
 * order, so the generator stays deterministic.
 */
final class DemoStacks {
    /** A language's files and what signal detection should find in them. */
    record Stack(String language, List<String> sourceFiles, Map<String, String> manifests,
                 List<String> testFiles, List<String> topics, Map<String, Double> languageMix) {
    }

    private DemoStacks() {
    }

    static String description(String name, String language) {
        String base = name.replaceAll("-\\d+$", "").replace('-', ' ');
        return switch (base) {
            case "dotfiles" -> "My shell, editor and git configuration";
            case "advent of code" -> "Solutions to Advent of Code puzzles in " + language;
            case "personal blog" -> "Source of my personal blog";
            default -> Character.toUpperCase(base.charAt(0)) + base.substring(1) + " written in " + language;
        };
    }

    static String readme(String name, String description, Stack stack, boolean ci, boolean docker,
                                 boolean tests) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(name).append("\n\n").append(description).append(".\n\n## Features\n\n");
        text.append("- Built with ").append(stack.language()).append('\n');
        for (String topic : stack.topics()) {
            text.append("- Uses ").append(topic).append('\n');
        }
        text.append("\n## Getting started\n\n");
        if (docker) {
            text.append("Run it with Docker: `docker build -t ").append(name).append(" .`\n\n");
        }
        if (tests) {
            text.append("Run the tests before sending a pull request.\n\n");
        }
        if (ci) {
            text.append("Every push is checked by continuous integration.\n\n");
        }
        text.append("## License\n\nSee LICENSE.\n");
        return text.toString();
    }

    static String lintFileFor(String language) {
        return switch (language) {
            case "Python" -> "ruff.toml";
            case "TypeScript", "JavaScript" -> ".eslintrc.json";
            case "Go" -> ".golangci.yml";
            case "Rust" -> "rustfmt.toml";
            default -> ".editorconfig";
        };
    }

    static Stack of(String language, String name, SplittableRandom random) {
        return switch (language) {
            case "Java" -> {
                boolean spring = random.nextBoolean();
                String dependency = spring
                        ? "<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
                        : "<dependency><groupId>io.javalin</groupId><artifactId>javalin</artifactId></dependency>";
                yield new Stack("Java",
                        List.of("src/main/java/dev/demo/App.java", "src/main/java/dev/demo/Service.java"),
                        Map.of("pom.xml", "<project><artifactId>" + name + "</artifactId><dependencies>" + dependency
                                + "<dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>"
                                + "<scope>test</scope></dependency></dependencies></project>"),
                        List.of("src/test/java/dev/demo/AppTest.java"),
                        List.of(spring ? "spring-boot" : "javalin", "java"),
                        Map.of("Java", 0.93, "Shell", 0.07));
            }
            case "Kotlin" -> new Stack("Kotlin",
                    List.of("src/main/kotlin/App.kt"),
                    Map.of("build.gradle.kts", "plugins { kotlin(\"jvm\") }\ndependencies { implementation(\"io.ktor:ktor-server-core\") }"),
                    List.of("src/test/kotlin/AppTest.kt"),
                    List.of("kotlin", "ktor"),
                    Map.of("Kotlin", 1.0));
            case "Python" -> {
                String framework = List.of("fastapi", "flask", "django", "pandas").get(random.nextInt(4));
                yield new Stack("Python",
                        List.of("app/__init__.py", "app/main.py", "app/models.py"),
                        Map.of("pyproject.toml", "[project]\nname = \"" + name + "\"\ndependencies = [\""
                                        + framework + ">=1.0\", \"requests\"]\n\n[tool.ruff]\nline-length = 100\n",
                                "requirements.txt", framework + "\nrequests\npytest\n"),
                        List.of("tests/test_main.py", "tests/conftest.py"),
                        List.of("python", framework),
                        Map.of("Python", 0.95, "Dockerfile", 0.05));
            }
            case "TypeScript" -> {
                String framework = random.nextBoolean() ? "react" : "express";
                yield new Stack("TypeScript",
                        List.of("src/index.ts", "src/components/App.tsx", "tsconfig.json"),
                        Map.of("package.json", "{\"name\":\"" + name + "\",\"dependencies\":{\"" + framework
                                + "\":\"^18.2.0\"},\"devDependencies\":{\"typescript\":\"^5.4.0\",\"vitest\":\"^1.6.0\"}}"),
                        List.of("src/components/App.spec.ts"),
                        List.of("typescript", framework),
                        Map.of("TypeScript", 0.86, "CSS", 0.09, "HTML", 0.05));
            }
            case "JavaScript" -> new Stack("JavaScript",
                    List.of("index.js", "lib/server.js"),
                    Map.of("package.json", "{\"name\":\"" + name + "\",\"dependencies\":{\"express\":\"^4.19.0\"},"
                            + "\"devDependencies\":{\"jest\":\"^29.7.0\"}}"),
                    List.of("__tests__/server.test.js"),
                    List.of("javascript", "nodejs"),
                    Map.of("JavaScript", 0.9, "HTML", 0.1));
            case "Go" -> new Stack("Go",
                    List.of("main.go", "internal/server/server.go", "cmd/" + name + "/main.go"),
                    Map.of("go.mod", "module github.com/demo/" + name + "\n\ngo 1.22\n\nrequire github.com/spf13/cobra v1.8.0\n"),
                    List.of("internal/server/server_test.go"),
                    List.of("go", "cli"),
                    Map.of("Go", 0.97, "Makefile", 0.03));
            case "Rust" -> new Stack("Rust",
                    List.of("src/main.rs", "src/lib.rs"),
                    Map.of("Cargo.toml", "[package]\nname = \"" + name + "\"\n\n[dependencies]\nserde = \"1\"\ntokio = { version = \"1\" }\n"),
                    List.of("tests/integration.rs"),
                    List.of("rust", "tokio"),
                    Map.of("Rust", 1.0));
            default -> new Stack("Shell",
                    List.of("install.sh", "bin/backup.sh", "zsh/.zshrc"),
                    Map.of(),
                    List.of("test/install_test.sh"),
                    List.of("shell", "automation"),
                    Map.of("Shell", 0.8, "Vim Script", 0.2));
        };
    }
}
