package dev.bitofgit.answer;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a question leans on the conversation before it: an elliptical "and in 2024?", "the year after", "he"
 * or "she" for the person last named, "it" for the repository, "of those" for the set the previous answer named.
 */
final class FollowUps {
    private FollowUps() {
    }

    /** A follow-up that leans on the previous question: "and in 2024?", "what about for chat-server", "same for …". */
    static final Pattern ELLIPTICAL = Pattern.compile("^\\W*(and|but|so|ok(ay)?,?"
            + "( and)?|now|then)?\\s*(what|how) about\\b|^\\W*(and|but|now|ok(ay)?,?( and)?) (in|for|to|into|on|during|at|over|"
            + "since|before|after|with|by|from|the same|same)\\b|^\\W*(same|likewise|ditto) (for|in|on|with)\\b|^\\W*and "
            + "(the|that|this|last|next) (year|month|week|day|quarter)\\b|^\\W*(and|what about|how about) (he|she|him|her)\\b");

    /**
     * The person an answer names first as "**Name (@login)**", or a login it opens with ("**adabyte** reviews your
     * code most"), for a follow-up's "he", "she" or "that person".
     */
    static Optional<String> person(String text, List<String> repos) {
        Matcher m = Regex.of("\\*\\*[^*\\n]{0,60}\\(@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\\)\\*\\*")
                .matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        Matcher opening = Regex.of("^\\*\\*([A-Za-z][A-Za-z0-9-]{0,38})\\*\\* (?!commits?\\b|repositor)").matcher(text);
        return opening.find() && repos.stream().noneMatch(repo -> repo.equalsIgnoreCase(opening.group(1)))
                ? Optional.of(opening.group(1)) : Optional.empty();
    }

    /** The day an answer is about when it opens on one ("Your busiest day overall is **2025-12-11**"). */
    static Optional<TimeRange> day(String text) {
        Matcher m = Regex.of("^[^*\\n]{0,60}\\*\\*(\\d{4}-\\d{2}-\\d{2})\\*\\*").matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.parse(m.group(1));
        return Optional.of(new TimeRange(day, day.plusDays(1), "on " + day));
    }

    /** "The year after", "the following month", "the week before": the conversation's period moved by one. */
    private static final Pattern SHIFT = Pattern.compile("\\b(?:the )?(year|month|week|"
            + "day|quarter) (after|before|later|earlier|following)\\b|\\b(?:the )?(next|following|preceding|prior) "
            + "(year|month|week|day|quarter)\\b|\\ba (year|month|week) (later|earlier|before|after)\\b");

    static Optional<TimeRange> shifted(String text, TimeRange range) {
        Matcher m = SHIFT.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(5);
        String way = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(6);
        int step = way.matches("before|earlier|preceding|prior") ? -1 : 1;
        LocalDate since = range.since();
        long days = ChronoUnit.DAYS.between(range.since(), range.until());
        LocalDate moved = switch (unit) {
            case "year" -> since.plusYears(step);
            case "quarter" -> since.plusMonths(3L * step);
            case "month" -> since.plusMonths(step);
            case "week" -> since.plusWeeks(step);
            default -> since.plusDays(step);
        };
        // A whole calendar unit moves to the next whole unit ("in 2022" → 2023); any other span keeps its length.
        boolean wholeYear = since.getDayOfYear() == 1 && range.until().equals(since.plusYears(1));
        boolean wholeMonth = since.getDayOfMonth() == 1 && range.until().equals(since.plusMonths(1));
        LocalDate until = unit.equals("year") && wholeYear ? moved.plusYears(1)
                : unit.equals("month") && wholeMonth ? moved.plusMonths(1) : moved.plusDays(days);
        String label = wholeYear && unit.equals("year") ? "in " + moved.getYear()
                : wholeMonth && unit.equals("month") ? "in " + moved.getMonth().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH) + " " + moved.getYear()
                : days == 1 ? "on " + moved : "from " + moved + " to " + until.minusDays(1);
        return Optional.of(new TimeRange(moved, until, label));
    }

    /**
     * "What about its open issues?" after a question about its collaborators: a follow-up that names a subject of its
     * own (issues, pull requests, reviews, commits) which another family answers is a new question about the same
     * repository or period, not the previous question again.
     */
    static boolean newSubject(Reading reading, Family own, Answer.Memory memory) {
        boolean subject = WorkSubjects.issues(reading) || WorkSubjects.pullRequests(reading) || WorkSubjects.reviews(reading)
                || reading.mentionsCommits();
        return subject && memory.intent().map(intent -> !intent.equals(own.name())).orElse(false);
    }

    /** "it", "that repo", "there": the repository the conversation is about. */
    static Reading followUp(Reading reading, Answer.Memory memory) {
        if (memory.range().isPresent()) {
            Optional<TimeRange> moved = shifted(reading.text(), memory.range().get());
            if (moved.isPresent()) {
                reading = reading.withPeriod(moved.get());
            }
        }
        // "he", "she": the person the previous answer named.
        if (reading.author().isEmpty() && memory.person().isPresent() && reading.matches("\\b(he|she|him|her|his|"
                + "(that|this|the same) (person|guy|gal|user|reviewer|contributor|collaborator|developer|dev|author|"
                + "committer)('s)?)\\b")) {
            reading = reading.withAuthor(memory.person().get());
        }
        // "that one" after an answer that named a single repository
        Optional<String> repo = memory.repo().or(() -> memory.repos().size() == 1 ? Optional.of(memory.repos().get(0))
                : Optional.empty());
        if (reading.repos().isEmpty() && repo.isPresent() && reading.matches("\\b(it|its|that one|this one|there|"
                + "(the|that|this|the same) (repo|repository|project|codebase))\\b(?!s)")) {
            reading = reading.withRepo(repo.get());
        }
        // "that year", "the same month", "then": the period the conversation was about.
        if (reading.period().isEmpty() && memory.range().isPresent() && reading.matches("\\b(that|the same|this same) "
                + "(year|month|week|quarter|period|time|day|date)\\b|\\b(back )?then\\b(?! (again|on))|\\bin that period\\b")) {
            reading = reading.withPeriod(memory.range().get());
        }
        return reading;
    }

    /** How the answer names the previous answer's repositories. */
    static String previousSet(List<String> names) {
        return names.size() == 1 ? "the one repository of my previous answer (" + names.get(0) + ")"
                : "the " + names.size() + " repositories of my previous answer" + (names.size() <= 8
                ? " (" + String.join(", ", names) + ")" : "");
    }

    /**
     * The account's repositories an answer names, in the order it names them, for a follow-up's "of those". A name
     * counts as a whole run of name characters (letters, digits, '.', '_', '-'), a sentence's full stop after it
     * allowed: "chat-server." names chat-server, "chat-server-2" and "chat-server.md" do not.
     */
    static List<String> named(String text, List<String> repos) {
        Map<String, String> byKey = new HashMap<>();
        repos.forEach(repo -> byKey.putIfAbsent(repo.toLowerCase(Locale.ROOT), repo));
        Set<String> found = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            if (!nameChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < lower.length() && nameChar(lower.charAt(end))) {
                end++;
            }
            int cut = end;
            while (cut > i && lower.charAt(cut - 1) == '.') {
                cut--;
            }
            String repo = byKey.get(lower.substring(i, cut));
            if (repo != null) {
                found.add(repo);
            }
            i = end;
        }
        return List.copyOf(found);
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** "which of those", "of them", "these repos": a set from the previous answer. */
    static boolean pointsBackToASet(Reading r) {
        return r.matches("\\b(of those|of these|of them|those (repos|repositories|projects|ones)|these (repos|"
                + "repositories|projects|ones)|among (them|those|these)|which of those|which of these)\\b");
    }
}
