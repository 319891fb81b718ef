package dev.bitofgit.store;

import java.util.List;

/** Engineering signals of a repo's HEAD tree and the three 0–100 scores derived from them. */
public record RepoSignals(
        List<String> ciSystems,
        boolean hasTests,
        List<String> testFrameworks,
        boolean hasLint,
        boolean hasPrecommit,
        boolean hasDockerfile,
        boolean hasCompose,
        boolean hasMakefile,
        boolean hasLicense,
        boolean hasCodeOfConduct,
        boolean hasContributing,
        boolean hasSecurityPolicy,
        boolean hasIssueTemplates,
        boolean hasPrTemplate,
        boolean hasChangelog,
        boolean hasDocs,
        int automationScore,
        int codingStandardsScore,
        int organizationScore) {

    public RepoSignals {
        ciSystems = List.copyOf(ciSystems);
        testFrameworks = List.copyOf(testFrameworks);
    }

    public boolean hasCi() {
        return !ciSystems.isEmpty();
    }
}
