package dev.bitofgit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.store.RepoSignals;
import dev.bitofgit.store.Technology;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The detection rules, one row per rule: paths (and manifests) in, signal out. */
class SignalDetectorTest {

    private static SignalDetector.Detection detect(String paths) {
        return SignalDetector.detect(Arrays.asList(paths.split(";")), Map.of(), true);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        ".github/workflows/ci.yml|GitHub Actions",
        ".github/workflows/release.yaml|GitHub Actions",
        ".gitlab-ci.yml|GitLab CI",
        ".circleci/config.yml|CircleCI",
        ".travis.yml|Travis CI",
        "Jenkinsfile|Jenkins",
        "ci/Jenkinsfile|Jenkins",
        "azure-pipelines.yml|Azure Pipelines",
        "bitbucket-pipelines.yml|Bitbucket Pipelines",
    })
    void ciSystems(String path, String system) {
        assertThat(detect(path + ";README.md").signals().ciSystems()).containsExactly(system);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".github/workflows/README.md",   // not a workflow file
        ".github/dependabot.yml",
        "docs/travis.yml",
    })
    void notCi(String path) {
        assertThat(detect(path).signals().hasCi()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tests/test_app.py", "test_app.py", "pkg/app_test.py", "internal/server/server_test.go",
        "src/test/java/dev/AppTest.java", "src/components/App.spec.ts", "src/App.test.tsx", "__tests__/server.js",
        "spec/models/user_spec.rb", "test/install.sh", "lib/Parser.test.js", "tests/integration.rs",
        "src/test/kotlin/AppTest.kt", "app/FooTests.cs", "conftest.py",
        // root test file of ava, tape and node --test projects
        "test.js", "test.mjs", "test.ts",
        // SwiftPM and Xcode test targets
        "Tests/AppTests/AppTests.swift", "AppUITests/AppUITests.swift", "Sources/App/AppTests.swift",
        // TypeScript type tests (tsd)
        "test-d/index.ts", "index.test-d.ts",
        // Gradle source sets and .NET test projects
        "core/src/commonTest/kotlin/Clock.kt", "app/src/androidTest/java/a/LoginFlow.kt", "Bank.UnitTests/Transfers.cs",
        // test directories qualified by kind, Django's tests module
        "e2e-tests/login.js", "xtests/run.sh", "blog/tests.py",
    })
    void testsAreFound(String path) {
        assertThat(detect("README.md;" + path).signals().hasTests()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "src/main/java/dev/App.java", "latest.py", "contest/entry.go", "attestation.md", "src/testing_utils.rs",
        "contests/2024/a.py", "lib/test.js", "SampleCreate/TestPageViewController.swift",
        // generator placeholders: Android Studio's example tests, the Rails test/ skeleton
        "app/src/test/java/a/ExampleUnitTest.kt", "app/src/androidTest/java/a/ExampleInstrumentedTest.kt",
        "test/controllers/.keep", "test/test_helper.rb", "test/application_system_test_case.rb",
        // third-party code checked in
        "vendor/assets/bower_components/jquery/test/core.js",
    })
    void nonTestsAreNot(String path) {
        assertThat(detect("README.md;" + path).signals().hasTests()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"scripts\":{\"test\":\"node check-parser.js\"}}|true",
        "{\"scripts\":{\"test\":\"tape tests/*.js\"}}|true",
        "{\"scripts\":{\"test\":\"xo && npm run unit\",\"unit\":\"mocha lib/**/*.spec.js\"}}|true",
        "{\"scripts\":{\"test\":\"run-p test:*\",\"test:lint\":\"eslint .\",\"test:node\":\"node --test src/\"}}|true",
        "{\"scripts\":{\"test\":\"echo \\\"Error: no test specified\\\" && exit 1\"}}|false",
        "{\"scripts\":{\"test\":\"xo && tsc --noEmit\"}}|false",
        "{\"scripts\":{\"test\":\"cross-env PORT=4100 react-scripts test --env=jsdom\"}}|false",
        "{\"scripts\":{\"build\":\"tsc\"}}|false",
        "not json|false",
    })
    void npmTestScript_isTestEvidence_unlessDefaultLintOnlyOrBareConventionRunner(String packageJson, boolean tests) {
        SignalDetector.Detection detection = SignalDetector.detect(List.of("package.json", "index.js"),
                Map.of("package.json", packageJson), true);
        assertThat(detection.signals().hasTests()).isEqualTo(tests);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "appveyor.yml|AppVeyor",
        ".appveyor.yml|AppVeyor",
        ".cirrus.yml|Cirrus CI",
        ".teamcity/settings.kts|TeamCity",
        ".buildkite/pipeline.yml|Buildkite",
        ".azure-pipelines.yml|Azure Pipelines",
        "azure-pipelines-1.yml|Azure Pipelines",
    })
    void moreCiSystems(String path, String system) {
        assertThat(detect(path + ";README.md").signals().ciSystems()).containsExactly(system);
    }

    @Test
    void housekeepingWorkflowsAlone_areNotCi_butBesideABuildTheyDoNotHide_it() {
        assertThat(detect(".github/workflows/auto-merge.yml;.github/workflows/stale.yml").signals().hasCi()).isFalse();
        assertThat(detect(".github/workflows/main.yml-disabled").signals().hasCi()).isFalse();
        assertThat(detect(".github/workflows/auto-merge.yml;.github/workflows/test.yml").signals().ciSystems())
                .containsExactly("GitHub Actions");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tslint.json", ".jshintrc", ".swiftformat", ".swift-format", ".clippy.toml", ".standard.yml", "biome.jsonc",
        ".golangci.toml", "config/pmd/pmd-ruleset.xml", "build-config/pmd/ruleset.xml", ".markdownlint.json",
    })
    void moreLintConfigs(String path) {
        assertThat(detect("README.md;" + path).signals().hasLint()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "package.json|{\"devDependencies\":{\"xo\":\"1\"}}",
        "package.json|{\"devDependencies\":{\"standard\":\"17\"}}",
        "package.json|{\"eslintConfig\":{\"extends\":\"react-app\"}}",
        "package.json|{\"prettier\":{\"semi\":false}}",
        "Cargo.toml|[package]\\nname = \"x\"\\n[lints.clippy]\\npedantic = \"warn\"",
        "pyproject.toml|[tool.isort]\\nprofile = \"black\"",
    })
    void lintConfiguredInAManifest(String manifest, String content) {
        SignalDetector.Detection detection = SignalDetector.detect(List.of(manifest),
                Map.of(manifest, content.replace("\\n", "\n")), false);
        assertThat(detection.signals().hasLint()).isTrue();
    }

    @Test
    void lintConfigsOfVendoredCode_areNotTheRepositorys() {
        assertThat(detect("Gemfile;vendor/assets/bower_components/jquery/src/.jshintrc;Pods/Foo/.swiftlint.yml")
                .signals().hasLint()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"MIT-LICENSE", "UNLICENSE", "license-mit", "LICENSES/MIT.txt", "COPYING.LESSER"})
    void licenseSpellings(String path) {
        assertThat(detect("README.md;" + path).signals().hasLicense()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"DockerFile", "docker/app.Dockerfile", "Dockerfile-dev", ".gitpod.Dockerfile",
        "docker-compose.prod.yml", "docker-compose-app.yml", "deploy/compose.override.yaml"})
    void dockerSpellings(String path) {
        SignalDetector.Detection detection = detect("README.md;" + path);
        assertThat(detection.signals().hasDockerfile() || detection.signals().hasCompose()).isTrue();
    }

    @Test
    void composerJson_isNotCompose() {
        assertThat(detect("composer.json;.dockerignore").signals().hasCompose()).isFalse();
    }

    @Test
    void everySignal_isDetectedFromItsFile() {
        RepoSignals signals = detect(String.join(";", List.of(
                ".github/workflows/ci.yml", "tests/test_x.py", ".eslintrc.json", ".pre-commit-config.yaml",
                "Dockerfile", "docker-compose.yml", "Makefile", "LICENSE", ".github/CODE_OF_CONDUCT.md",
                "CONTRIBUTING.md", "SECURITY.md", ".github/ISSUE_TEMPLATE/bug.md", ".github/pull_request_template.md",
                "CHANGELOG.md", "docs/index.md"))).signals();
        assertThat(signals.hasCi()).isTrue();
        assertThat(signals.hasTests()).isTrue();
        assertThat(signals.hasLint()).isTrue();
        assertThat(signals.hasPrecommit()).isTrue();
        assertThat(signals.hasDockerfile()).isTrue();
        assertThat(signals.hasCompose()).isTrue();
        assertThat(signals.hasMakefile()).isTrue();
        assertThat(signals.hasLicense()).isTrue();
        assertThat(signals.hasCodeOfConduct()).isTrue();
        assertThat(signals.hasContributing()).isTrue();
        assertThat(signals.hasSecurityPolicy()).isTrue();
        assertThat(signals.hasIssueTemplates()).isTrue();
        assertThat(signals.hasPrTemplate()).isTrue();
        assertThat(signals.hasChangelog()).isTrue();
        assertThat(signals.hasDocs()).isTrue();
        assertThat(signals.automationScore()).isEqualTo(100);
        assertThat(signals.codingStandardsScore()).isEqualTo(100);
        assertThat(signals.organizationScore()).isEqualTo(100);
    }

    @Test
    void emptyRepo_scoresZeroExceptForItsReadme() {
        RepoSignals signals = detect("main.c").signals();
        assertThat(signals.automationScore()).isZero();
        assertThat(signals.codingStandardsScore()).isZero();
        assertThat(signals.organizationScore()).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // CI only: 40 automation, 15 standards
        ".github/workflows/ci.yml|40|15|20",
        // tests + lint: 25 automation, 65 standards
        "tests/test_a.py;ruff.toml|25|65|20",
        // Dockerfile + Makefile + license + contributing
        "Dockerfile;Makefile;LICENSE;CONTRIBUTING.md|25|0|55",
    })
    void scores_followTheDocumentedFormulas(String paths, int automation, int standards, int organization) {
        RepoSignals signals = detect(paths).signals();
        assertThat(signals.automationScore()).isEqualTo(automation);
        assertThat(signals.codingStandardsScore()).isEqualTo(standards);
        assertThat(signals.organizationScore()).isEqualTo(organization);
    }

    @Test
    void javaDoesNotMatchJavaScript() {
        List<String> js = names(detect("index.js;lib/a.mjs").technologies());
        assertThat(js).contains("JavaScript").doesNotContain("Java");
        List<String> java = names(detect("src/main/java/A.java").technologies());
        assertThat(java).contains("Java").doesNotContain("JavaScript");
    }

    @ParameterizedTest(name = "{0} names {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "pom.xml|<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>|Spring Boot",
        "build.gradle.kts|dependencies { implementation(\"io.javalin:javalin:7.2.3\") }|Javalin",
        "package.json|{\"dependencies\":{\"react\":\"18\"}}|React",
        "package.json|{\"devDependencies\":{\"@nestjs/core\":\"10\"}}|NestJS",
        "pyproject.toml|dependencies = [\"fastapi>=0.110\"]|FastAPI",
        "requirements.txt|Django==5.0|Django",
        "go.mod|require github.com/gin-gonic/gin v1.9.1|Gin",
        "Cargo.toml|[dependencies]\\ntokio = { version = \"1\" }|Tokio",
        "Gemfile|gem 'rails', '~> 7.1'|Ruby on Rails",
        "composer.json|{\"require\":{\"laravel/framework\":\"^11\"}}|Laravel",
    })
    void frameworks_comeFromManifests(String manifest, String content, String framework) {
        SignalDetector.Detection detection = SignalDetector.detect(List.of(manifest), Map.of(manifest, content.replace("\\n", "\n")), false);
        assertThat(detection.technologies()).contains(new Technology(framework, Technology.FRAMEWORK));
    }

    @Test
    void frameworkNamesInFilePaths_areNotFrameworks() {
        // A file called react.js or a folder named django is not a dependency on React or Django.
        List<String> names = names(detect("src/react.js;django/notes.md").technologies());
        assertThat(names).doesNotContain("React", "Django");
    }

    @Test
    void similarPackageNames_doNotMatch() {
        SignalDetector.Detection detection = SignalDetector.detect(List.of("requirements.txt"),
                Map.of("requirements.txt", "flask-cors\ndjangorestframework-stubs\n"), false);
        assertThat(names(detection.technologies())).doesNotContain("Flask", "Django");
    }

    @Test
    void testFrameworks_comeFromManifestsAndConfigFiles() {
        SignalDetector.Detection detection = SignalDetector.detect(
                List.of("pom.xml", "src/test/java/ATest.java", "package.json", "jest.config.js", "pytest.ini"),
                Map.of("pom.xml", "<artifactId>junit-jupiter</artifactId>", "package.json", "{\"devDependencies\":{\"vitest\":\"1\"}}"),
                false);
        assertThat(detection.signals().testFrameworks()).containsExactly("JUnit 5", "Jest", "Vitest", "pytest");
    }

    @Test
    void onlyRootManifestsAreFetched() {
        assertThat(SignalDetector.manifestsIn(List.of("pom.xml", "sub/package.json", "go.mod", "README.md")))
                .containsExactly("pom.xml", "go.mod");
    }

    private static List<String> names(List<Technology> technologies) {
        return technologies.stream().map(Technology::name).collect(Collectors.toList());
    }
}
