package dev.bitofgit.tools;

import dev.bitofgit.store.ProfileQueries.CommitRow;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import dev.bitofgit.store.WorkQueries.IssueRow;
import dev.bitofgit.store.WorkQueries.PullRequestRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shapes several tools share — a repository, its signals, a commit, a pull request, an issue, a search
 * match — written once so that the same thing looks the same in every tool's output. Long text is cut with a marker
 * that says how much was left out, because tool output floods an LLM's context first.
 */
final class Shapes {
    static final int MESSAGE_LENGTH = 200;

    private Shapes() {
    }

    static void repo(ObjectNode item, RepoSummary r) {
        item.put("name", r.name());
        item.put("description", r.description().map(d -> cut(d, MESSAGE_LENGTH, "")).orElse(null));
        item.put("language", r.primaryLanguage().orElse(null));
        item.put("stars", r.stars());
        item.put("forks", r.forks());
        item.put("fork", r.fork());
        item.put("archived", r.archived());
        item.put("private", r.isPrivate());
        item.put("pushed_at", r.pushedAt().map(Instant::toString).orElse(null));
        item.put("commits", r.commits());
        item.put("own_commits", r.ownCommits());
        item.put("first_commit_at", r.firstCommitAt().map(Instant::toString).orElse(null));
        item.put("last_commit_at", r.lastCommitAt().map(Instant::toString).orElse(null));
        item.put("created_at", r.createdAt().toString());
        item.put("license", r.licenseSpdx().orElse(null));
        item.put("default_branch", r.defaultBranch());
        item.put("size_kb", r.sizeKb());
        ArrayNode topics = item.putArray("topics");
        r.topics().forEach(topics::add);
    }

    static void signals(ObjectNode item, SignalRow s) {
        item.put("has_ci", s.hasCi());
        ArrayNode ci = item.putArray("ci_systems");
        s.ciSystems().forEach(ci::add);
        item.put("has_tests", s.hasTests());
        ArrayNode frameworks = item.putArray("test_frameworks");
        s.testFrameworks().forEach(frameworks::add);
        item.put("has_lint", s.hasLint());
        item.put("has_precommit", s.hasPrecommit());
        item.put("has_docker", s.hasDockerfile() || s.hasCompose());
        item.put("has_compose", s.hasCompose());
        item.put("has_makefile", s.hasMakefile());
        item.put("has_license", s.hasLicense());
        item.put("has_contributing", s.hasContributing());
        item.put("has_code_of_conduct", s.hasCodeOfConduct());
        item.put("has_security_policy", s.hasSecurityPolicy());
        item.put("has_changelog", s.hasChangelog());
        item.put("has_docs", s.hasDocs());
    }

    /** The three 0–100 scores of a repository's signals. */
    static void scores(ObjectNode item, SignalRow s) {
        item.putObject("scores").put("automation", s.automationScore())
                .put("coding_standards", s.codingStandardsScore()).put("organization", s.organizationScore());
    }

    static void commit(ObjectNode item, CommitRow row) {
        item.put("repo", row.repo());
        item.put("sha", row.sha());
        item.put("date", row.authoredAt().atOffset(ZoneOffset.ofTotalSeconds(row.utcOffsetMinutes() * 60)).toString());
        item.put("author", row.authorLogin().or(row::authorName).orElse("unknown"));
        item.put("own", row.own());
        String firstLine = row.message().lines().findFirst().orElse("");
        item.put("message", cut(firstLine, MESSAGE_LENGTH, ""));
        item.put("additions", row.additions());
        item.put("deletions", row.deletions());
        row.changedFiles().ifPresent(files -> item.put("changed_files", files));
        if (row.parentCount() > 1) {
            item.put("merge", true);
        }
    }

    static void commitOrNull(ObjectNode result, String field, Optional<CommitRow> commit) {
        if (commit.isPresent()) {
            commit(result.putObject(field), commit.get());
        } else {
            result.putNull(field);
        }
    }

    static void pullRequest(ObjectNode item, PullRequestRow row) {
        item.put("repo", row.repo());
        item.put("number", row.number());
        item.put("title", cut(row.title(), MESSAGE_LENGTH, ""));
        item.put("state", row.state().toLowerCase(Locale.ROOT));
        item.put("draft", row.draft());
        item.put("author", row.author().orElse(null));
        ArrayNode labels = item.putArray("labels");
        row.labels().forEach(labels::add);
        item.put("additions", row.additions());
        item.put("deletions", row.deletions());
        item.put("changed_files", row.changedFiles());
        item.put("comments", row.comments());
        item.put("reviews", row.reviews());
        ArrayNode reviewers = item.putArray("reviewers");
        row.reviewers().forEach(entry -> {
            int space = entry.lastIndexOf(' ');
            reviewers.addObject().put("login", entry.substring(0, space))
                    .put("state", entry.substring(space + 1).toLowerCase(Locale.ROOT));
        });
        item.put("created_at", row.createdAt().toString());
        item.put("merged_at", row.mergedAt().map(Instant::toString).orElse(null));
        item.put("closed_at", row.closedAt().map(Instant::toString).orElse(null));
        item.put("hours_to_merge", row.mergedAt().map(at -> Figures.tenths((at.getEpochSecond()
                - row.createdAt().getEpochSecond()) / 3_600.0)).orElse(null));
        item.put("hours_to_first_review", row.firstReviewAt().map(at -> Figures.tenths((at.getEpochSecond()
                - row.createdAt().getEpochSecond()) / 3_600.0)).orElse(null));
        if (row.elsewhere()) {
            item.put("elsewhere", true);
        }
    }

    static void issue(ObjectNode item, IssueRow row, Instant now) {
        item.put("repo", row.repo());
        item.put("number", row.number());
        item.put("title", cut(row.title(), MESSAGE_LENGTH, ""));
        item.put("state", row.state().toLowerCase(Locale.ROOT));
        item.put("state_reason", row.stateReason().map(reason -> reason.toLowerCase(Locale.ROOT)).orElse(null));
        item.put("author", row.author().orElse(null));
        ArrayNode labels = item.putArray("labels");
        row.labels().forEach(labels::add);
        item.put("comments", row.comments());
        item.put("created_at", row.createdAt().toString());
        item.put("closed_at", row.closedAt().map(Instant::toString).orElse(null));
        item.put("closed_by_pull_request", row.closedByPullRequest().orElse(null));
        if (row.closedAt().isEmpty()) {
            item.put("age_days", ChronoUnit.DAYS.between(row.createdAt(), now));
        }
    }

    /** Which search modes found a match: words, meaning, or both. */
    static void matchedBy(ObjectNode item, boolean words, boolean meaning) {
        ArrayNode by = item.putArray("matched_by");
        if (words) {
            by.add("words");
        }
        if (meaning) {
            by.add("meaning");
        }
    }

    /** Text cut to {@code max} characters, with a marker saying how much is missing and, when given, how to get it. */
    static String cut(String text, int max, String hint) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "…[truncated " + (text.length() - max) + " characters"
                + (hint.isEmpty() ? "" : "; " + hint) + "]";
    }
}
