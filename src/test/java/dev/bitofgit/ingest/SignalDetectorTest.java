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
    })
    void testsAreFound(String path) {
        assertThat(detect("README.md;" + path).signals().hasTests()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "src/main/java/dev/App.java", "latest.py", "contest/entry.go", "attestation.md", "src/testing_utils.rs",
    })
    void nonTestsAreNot(String path) {
        assertThat(detect("README.md;" + path).signals().hasTests()).isFalse();
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
