package dev.bitofgit.ingest;

import dev.bitofgit.store.RepoSignals;
import dev.bitofgit.store.Technology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Detects engineering signals and the tech stack of a repository from its HEAD file paths and the few
 * manifest files it names; the tech stack's rules are {@link TechStack}'s. Everything here is a pure function of
 * (paths, manifests), so it is table-tested.
 *
 * <p>Scores (each 0–100, documented here because people will ask what they mean):
 * <ul>
 *   <li>automation = 40·CI + 25·tests + 15·(Dockerfile or compose) + 10·pre-commit + 10·Makefile</li>
 *   <li>coding standards = 35·lint/format config + 30·tests + 20·pre-commit + 15·CI</li>
 *   <li>organization = 20·README + 20·license + 15·contributing + 10·code of conduct + 10·security policy
 *       + 10·(issue or PR templates) + 10·changelog + 5·docs</li>
 * </ul>
 */
public final class SignalDetector {

    /** Manifest files whose content names frameworks; only these few small files are fetched. */
    public static final List<String> MANIFESTS = List.of(
            "pom.xml", "build.gradle", "build.gradle.kts", "package.json", "pyproject.toml", "requirements.txt",
            "go.mod", "Cargo.toml", "Gemfile", "composer.json");

    private record Rule(String name, Predicate<String> matches) {
    }

    private static final List<Rule> CI_RULES = List.of(
            new Rule("GitHub Actions", p -> p.startsWith(".github/workflows/") && isYaml(p)),
            new Rule("GitLab CI", p -> p.equals(".gitlab-ci.yml") || p.equals(".gitlab-ci.yaml")),
            new Rule("CircleCI", p -> p.startsWith(".circleci/") && isYaml(p)),
            new Rule("Travis CI", p -> p.equals(".travis.yml") || p.equals(".travis.yaml")),
            new Rule("Jenkins", p -> fileName(p).equals("Jenkinsfile")),
            new Rule("Azure Pipelines", p -> !p.contains("/") && p.matches("\\.?azure-pipelines[^/]*\\.ya?ml")
                    || p.startsWith(".azure-pipelines/")),
            new Rule("Bitbucket Pipelines", p -> p.equals("bitbucket-pipelines.yml")),
            new Rule("Drone CI", p -> p.equals(".drone.yml")),
            new Rule("AppVeyor", p -> p.equals("appveyor.yml") || p.equals(".appveyor.yml")),
            new Rule("Cirrus CI", p -> p.equals(".cirrus.yml") || p.equals(".cirrus.star")),
            new Rule("TeamCity", p -> p.startsWith(".teamcity/")),
            new Rule("Buildkite", p -> p.startsWith(".buildkite/")),
            new Rule("Woodpecker CI", p -> p.equals(".woodpecker.yml") || p.startsWith(".woodpecker/")),
            new Rule("Semaphore", p -> p.startsWith(".semaphore/")));

    /**
     * GitHub workflows that only tend the repository (merge Dependabot's pull requests, close stale issues, label,
     * greet, cut a release from a tag): a repository whose workflows are all of these has automation but no CI.
     */
    private static final Pattern HOUSEKEEPING_WORKFLOW = Pattern.compile(
            "(dependabot[-_]?)?(auto[-_]?merge|automerge)|stale|lock|lock[-_](issues|threads)|close[-_]issues"
                    + "|labeler|label|greetings|welcome([-_]bot)?|triage([-_]issues)?|sponsors|release[-_]drafter"
                    + "|create[-_]release|cla|idle|issues");

    private static final Pattern TEST_FILE = Pattern.compile(
            "(^|/)(test_[^/]+\\.py|[^/]+_test\\.py|tests\\.py|[^/]+_test\\.go|[^/]+Tests?\\.(java|kt|scala|cs|swift)"
                    + "|[^/]+\\.(test|spec)\\.(js|jsx|ts|tsx|mjs|cjs)|[^/]+\\.test-d\\.tsx?|[^/]+_spec\\.rb|[^/]+_test\\.rb"
                    + "|[^/]+Test\\.php|[^/]+_test\\.(exs|dart)|conftest\\.py)$"
                    // ava, tape and node --test projects keep their tests in one root file
                    + "|^tests?\\.(js|mjs|cjs|ts)$");
    private static final Pattern TEST_DIRECTORY = Pattern.compile(
            "(^|/)(tests?|__tests__|spec|src/test|testing|test-d)/"
                    // directories qualified by the kind of test: e2e-tests/, integration_tests/, itest/, xtests/
                    + "|(^|/)(e2e|integration|unit|functional|acceptance|system|smoke|ui|x|i)[-_]?tests?/"
                    // Gradle source sets: src/androidTest, src/commonTest, src/jvmTest, src/integrationTest; Maven src/it
                    + "|(^|/)src/([a-z][A-Za-z0-9]*Test|it)/"
                    // Xcode and .NET test targets: Tests/, AppTests/, AppUITests/, Foo.Tests/, Foo.UnitTests/, Foo.Specs/
                    + "|(^|/)[A-Za-z0-9_.-]*(Tests?|Specs?)/");
    /**
     * Files a project generator always writes and that never hold real tests: Android Studio's example tests,
     * the Rails test/ skeleton, keep-files and package markers. A tree whose only test evidence is these has none.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(^|/)(Example(Unit|Instrumented)Test\\.(kt|java)|\\.keep|\\.gitkeep|test_helper\\.rb"
                    + "|application_system_test_case\\.rb|application_cable/connection_test\\.rb|__init__\\.py)$");
    /** Third-party code checked in; its tests, CI files and lint configs are not the repository's own. */
    private static final Pattern VENDORED = Pattern.compile(
            "(^|/)(vendor|node_modules|bower_components|Pods|Carthage|third_party|third-party)/");

    /** docker-compose.yml, compose.yaml and their variants: docker-compose.prod.yml, docker-compose-app.yml. */
    private static final Pattern COMPOSE_FILE = Pattern.compile("(docker-)?compose([.-][^/]+)?\\.ya?ml");

    private SignalDetector() {
    }

    /** The result: signals with scores, and the technologies (languages + frameworks + tools). */
    public record Detection(RepoSignals signals, List<Technology> technologies) {
    }

    /** Which of {@link #MANIFESTS} this tree has at its root (the only ones fetched). */
    public static List<String> manifestsIn(List<String> paths) {
        Set<String> present = new LinkedHashSet<>(paths);
        List<String> found = new ArrayList<>();
        for (String manifest : MANIFESTS) {
            if (present.contains(manifest)) {
                found.add(manifest);
            }
        }
        return found;
    }

    public static Detection detect(List<String> paths, Map<String, String> manifests, boolean hasReadme) {
        List<String> own = paths.stream().filter(p -> !VENDORED.matcher(p).find()).toList();
        List<String> ci = new ArrayList<>();
        for (Rule rule : CI_RULES) {
            if (own.stream().anyMatch(rule.matches())) {
                ci.add(rule.name());
            }
        }
        if (ci.contains("GitHub Actions") && onlyHousekeepingWorkflows(own)) {
            ci.remove("GitHub Actions");
        }
        String packageJson = manifests.getOrDefault("package.json", "");
        boolean tests = own.stream().anyMatch(SignalDetector::isTestEvidence) || PackageJson.testScriptRunsTests(packageJson);
        List<String> testFrameworks = testFrameworks(paths, manifests, tests);
        boolean lint = own.stream().anyMatch(SignalDetector::isLintConfig) || manifestConfiguresLint(manifests);
        boolean precommit = paths.stream().anyMatch(p -> p.equals(".pre-commit-config.yaml")
                || p.equals(".pre-commit-config.yml") || p.startsWith(".husky/") || p.equals("lefthook.yml"));
        boolean dockerfile = own.stream().map(p -> fileName(p).toLowerCase(Locale.ROOT)).anyMatch(name ->
                name.equals("dockerfile") || name.startsWith("dockerfile.") || name.startsWith("dockerfile-")
                        || name.startsWith("dockerfile_") || name.endsWith(".dockerfile") || name.equals("containerfile"));
        boolean compose = own.stream().map(SignalDetector::fileName).anyMatch(name ->
                COMPOSE_FILE.matcher(name).matches());
        boolean makefile = paths.stream().anyMatch(p -> p.equals("Makefile") || p.equals("makefile")
                || p.equals("GNUmakefile"));
        boolean license = paths.stream().anyMatch(p -> rootDocument(p, "LICENSE", "LICENCE", "COPYING", "UNLICENSE")
                || isNamedLicense(p) || p.startsWith("LICENSES/"));
        boolean codeOfConduct = paths.stream().anyMatch(p -> communityDocument(p, "CODE_OF_CONDUCT"));
        boolean contributing = paths.stream().anyMatch(p -> communityDocument(p, "CONTRIBUTING"));
        boolean security = paths.stream().anyMatch(p -> communityDocument(p, "SECURITY"));
        boolean issueTemplates = paths.stream().anyMatch(p -> p.startsWith(".github/ISSUE_TEMPLATE/")
                || p.equalsIgnoreCase(".github/ISSUE_TEMPLATE.md") || p.equalsIgnoreCase("ISSUE_TEMPLATE.md"));
        boolean prTemplate = paths.stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).matches(
                "(\\.github/|docs/)?pull_request_template(\\.md|/.*)"));
        boolean changelog = paths.stream().anyMatch(p -> rootDocument(p, "CHANGELOG", "CHANGES", "HISTORY", "NEWS"));
        boolean docs = paths.stream().anyMatch(p -> p.startsWith("docs/") || p.startsWith("doc/")
                || p.equals("mkdocs.yml") || p.equals("mkdocs.yaml"));

        int automation = (ci.isEmpty() ? 0 : 40) + (tests ? 25 : 0) + (dockerfile || compose ? 15 : 0)
                + (precommit ? 10 : 0) + (makefile ? 10 : 0);
        int standards = (lint ? 35 : 0) + (tests ? 30 : 0) + (precommit ? 20 : 0) + (ci.isEmpty() ? 0 : 15);
        int organization = (hasReadme ? 20 : 0) + (license ? 20 : 0) + (contributing ? 15 : 0)
                + (codeOfConduct ? 10 : 0) + (security ? 10 : 0) + (issueTemplates || prTemplate ? 10 : 0)
                + (changelog ? 10 : 0) + (docs ? 5 : 0);

        RepoSignals signals = new RepoSignals(ci, tests, testFrameworks, lint, precommit, dockerfile, compose,
                makefile, license, codeOfConduct, contributing, security, issueTemplates, prTemplate, changelog,
                docs, automation, standards, organization);
        return new Detection(signals, TechStack.technologies(paths, manifests, dockerfile || compose));
    }

    /** Every framework and tool name the detector can report (and Docker): the vocabulary questions may use. */
    public static Set<String> technologyNames() {
        return TechStack.technologyNames();
    }

    /** Every language name the detector can report from file extensions. */
    public static Set<String> languageNames() {
        return TechStack.languageNames();
    }

    private static boolean isTestEvidence(String path) {
        return !PLACEHOLDER.matcher(path).find()
                && (TEST_FILE.matcher(path).find() || TEST_DIRECTORY.matcher(path).find());
    }

    private static boolean onlyHousekeepingWorkflows(List<String> paths) {
        return paths.stream().filter(p -> p.startsWith(".github/workflows/") && isYaml(p))
                .map(p -> fileName(p).replaceFirst("\\.ya?ml$", "").toLowerCase(Locale.ROOT))
                .allMatch(name -> HOUSEKEEPING_WORKFLOW.matcher(name).matches());
    }

    /** Root license files named for their license: MIT-LICENSE (the Rails convention), APACHE-LICENSE.txt. */
    private static boolean isNamedLicense(String path) {
        return !path.contains("/") && path.toUpperCase(Locale.ROOT).matches("[A-Z0-9.]+[-_]LICEN[CS]E(\\.[A-Z]+)?");
    }

    private static List<String> testFrameworks(List<String> paths, Map<String, String> manifests, boolean tests) {
        Set<String> frameworks = new LinkedHashSet<>();
        String maven = lower(manifests.get("pom.xml")) + lower(manifests.get("build.gradle"))
                + lower(manifests.get("build.gradle.kts"));
        if (maven.contains("junit-jupiter") || maven.contains("org.junit.jupiter")) {
            frameworks.add("JUnit 5");
        } else if (maven.contains("junit")) {
            frameworks.add("JUnit");
        }
        if (maven.contains("testng")) {
            frameworks.add("TestNG");
        }
        Set<String> npm = PackageJson.dependencyNames(manifests.getOrDefault("package.json", ""));
        addIf(frameworks, npm.contains("jest") || paths.stream().anyMatch(p -> fileName(p).startsWith("jest.config.")),
                "Jest");
        addIf(frameworks, npm.contains("vitest") || paths.stream().anyMatch(p -> fileName(p).startsWith("vitest.config.")),
                "Vitest");
        addIf(frameworks, npm.contains("mocha"), "Mocha");
        addIf(frameworks, npm.contains("jasmine") || npm.contains("karma-jasmine"), "Jasmine");
        addIf(frameworks, npm.contains("cypress"), "Cypress");
        addIf(frameworks, npm.contains("@playwright/test"), "Playwright");
        String python = lower(manifests.get("pyproject.toml")) + "\n" + lower(manifests.get("requirements.txt"));
        addIf(frameworks, Pattern.compile("(^|[\\s\"'\\[])pytest\\b").matcher(python).find()
                || paths.stream().anyMatch(p -> fileName(p).equals("pytest.ini") || fileName(p).equals("conftest.py")),
                "pytest");
        addIf(frameworks, tests && paths.stream().anyMatch(p -> p.endsWith("_test.go")), "go test");
        addIf(frameworks, tests && manifests.containsKey("Cargo.toml"), "cargo test");
        String gemfile = lower(manifests.get("Gemfile"));
        addIf(frameworks, gemfile.contains("rspec"), "RSpec");
        addIf(frameworks, gemfile.contains("minitest"), "Minitest");
        addIf(frameworks, lower(manifests.get("composer.json")).contains("phpunit"), "PHPUnit");
        return List.copyOf(frameworks);
    }

    private static boolean manifestConfiguresLint(Map<String, String> manifests) {
        String pyproject = lower(manifests.get("pyproject.toml"));
        String packageJson = manifests.getOrDefault("package.json", "");
        Set<String> npm = PackageJson.dependencyNames(packageJson);
        Set<String> npmKeys = PackageJson.topLevelKeys(packageJson);
        String jvm = lower(manifests.get("pom.xml")) + lower(manifests.get("build.gradle"))
                + lower(manifests.get("build.gradle.kts"));
        String cargo = lower(manifests.get("Cargo.toml"));
        return pyproject.contains("[tool.ruff") || pyproject.contains("[tool.black")
                || pyproject.contains("[tool.flake8") || pyproject.contains("[tool.pylint")
                || pyproject.contains("[tool.isort")
                || npm.contains("eslint") || npm.contains("prettier") || npm.contains("@biomejs/biome")
                || npm.contains("xo") || npm.contains("standard") || npm.contains("tslint") || npm.contains("oxlint")
                || npmKeys.contains("eslintConfig") || npmKeys.contains("prettier") || npmKeys.contains("xo")
                || npmKeys.contains("standard")
                || jvm.contains("checkstyle") || jvm.contains("spotless") || jvm.contains("ktlint")
                || jvm.contains("detekt") || jvm.contains("maven-pmd-plugin") || jvm.contains("errorprone")
                // Cargo's own lint table (Rust 1.74): [lints.clippy], [workspace.lints.rust]
                || Pattern.compile("(?m)^\\[(workspace\\.)?lints(\\.[a-z]+)?\\]").matcher(cargo).find();
    }

    private static boolean isLintConfig(String path) {
        String name = fileName(path);
        return name.startsWith(".eslintrc") || name.startsWith("eslint.config.") || name.startsWith(".prettierrc")
                || name.startsWith("prettier.config.") || name.equals(".flake8") || name.equals("ruff.toml")
                || name.equals(".ruff.toml") || name.equals(".pylintrc") || name.equals("pylintrc")
                || name.equals(".isort.cfg") || name.startsWith(".golangci.") || name.equals("rustfmt.toml")
                || name.equals(".rustfmt.toml") || name.equals("clippy.toml") || name.equals(".clippy.toml")
                || name.equals(".editorconfig") || name.equals("checkstyle.xml") || name.equals(".rubocop.yml")
                || name.equals(".standard.yml") || name.startsWith(".stylelintrc") || name.equals(".clang-format")
                || name.equals(".clang-tidy") || name.equals("biome.json") || name.equals("biome.jsonc")
                || name.equals(".swiftlint.yml") || name.equals(".swiftformat") || name.equals(".swift-format")
                || name.equals("detekt.yml") || name.equals(".scalafmt.conf") || name.equals("tslint.json")
                || name.startsWith(".jshintrc") || name.equals(".jscsrc") || name.startsWith(".oxlintrc")
                || name.equals("stylecop.json") || name.equals(".globalconfig") || name.startsWith(".markdownlint")
                // PMD and SpotBugs rule sets live wherever the build points: config/pmd/ruleset.xml, pmd-ruleset.xml
                || name.matches("(pmd|spotbugs)[-_.][^/]*\\.xml") || path.matches("(.*/)?(pmd|spotbugs)/[^/]+\\.xml");
    }

    private static boolean rootDocument(String path, String... stems) {
        if (path.contains("/")) {
            return false;
        }
        String upper = path.toUpperCase(Locale.ROOT);
        for (String stem : stems) {
            if (upper.equals(stem) || upper.startsWith(stem + ".") || upper.startsWith(stem + "-")) {
                return true;
            }
        }
        return false;
    }

    /** GitHub's community files may sit at the root, in .github/ or in docs/. */
    private static boolean communityDocument(String path, String stem) {
        String lowerPath = path.toLowerCase(Locale.ROOT);
        String directory = lowerPath.contains("/") ? lowerPath.substring(0, lowerPath.lastIndexOf('/')) : "";
        if (!(directory.isEmpty() || directory.equals(".github") || directory.equals("docs"))) {
            return false;
        }
        String name = fileName(path).toUpperCase(Locale.ROOT);
        return name.equals(stem) || name.startsWith(stem + ".");
    }

    private static void addIf(Set<String> set, boolean condition, String value) {
        if (condition) {
            set.add(value);
        }
    }

    private static boolean isYaml(String path) {
        return path.endsWith(".yml") || path.endsWith(".yaml");
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
