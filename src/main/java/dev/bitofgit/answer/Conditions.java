package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Conditions a question puts on single commits: a kind of change ("bug fixes"), hours ("at night", "between 9 and
 * 5"), weekdays ("on weekends", "on Mondays"), sizes ("more than 5 files", "at least 100 lines") and "deleted more
 * than they added". Families that pass them to the tools say so ({@link Family#honours}); for any other family the
 * answerer says which it could not apply, rather than answer as if they had not been asked.
 */
record Conditions(Optional<String> kind, Optional<RhythmFamily.Part> hours, List<Integer> weekdays, String weekdayLabel,
                  OptionalInt minFiles, OptionalInt maxFiles, OptionalInt minLines, OptionalInt maxLines,
                  boolean moreDeletedThanAdded, boolean excludeMerges, Map<Type, String> said) {
    /** The kinds of condition, for families to say which they honour. */
    enum Type { KIND, HOURS, WEEKDAYS, FILES, LINES, NET, NO_MERGES }

    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final Pattern SIZE = Pattern.compile("\\b(more than|over|above|greater than|bigger than|at least|"
            + "upwards of|fewer than|less than|under|below|smaller than|at most|no more than|not more than|up to)\\s+"
            + "(\\d[\\d,]*)\\s+(files?|lines?|loc)\\b|\\b(\\d[\\d,]*)\\s*(\\+|or more|or fewer|or less)\\s+(files?|lines?|"
            + "loc)\\b");
    /** "commits that only touched one file", "exactly 3 files", "single-file commits": a file count both ways. */
    private static final Pattern EXACT_FILES = Pattern.compile("\\b(?:only|just|exactly)\\s+(?:(?:touch|chang|modif|edit)"
            + "\\w*\\s+)?(one|a single|single|\\d+)\\s+files?\\b|\\b(?:touch|chang|modif|edit)\\w*\\s+(?:only|just|exactly)\\s+"
            + "(one|a single|single|\\d+)\\s+files?\\b|\\b(single)[- ]file\\b");
    private static final Pattern NET = Pattern.compile("\\b(deleted|removed|deletes|removes|delete|remove|took out)\\s+"
            + "more( lines| code)?\\s+than\\s+(they |it |i |was |were )?(added|add|adds|wrote|written)\\b|\\bmore "
            + "(deletions|lines deleted|lines removed) than (additions|lines added)\\b|\\bnet[- ]negative\\b|"
            + "\\bnegative net\\b");

    /** Weekends or weekdays as a condition: "on weekends", "weekend commits" — not "which weekday". */
    private static final Pattern DAY_PARTS = Pattern.compile("\\b(on|during|over|at|across|the|on the)? ?(weekends|weekdays)\\b"
            + "|\\b(on|during|over|at) (the |a )?(weekend|weekday)\\b|\\b()(weekend|weekday) (commits?|work|coding|changes)\\b");
    /** Parts of the day as a condition: "at night", "in the morning", "late-night commits" — not "good morning". */
    private static final List<String[]> DAY_TIMES = List.of(
            new String[] {"in the morning", "\\b(in the mornings?|mornings|before noon|morning commits?)\\b"},
            new String[] {"in the afternoon", "\\b(in the afternoons?|afternoons|afternoon commits?)\\b"},
            new String[] {"in the evening", "\\b(in the evenings?|evenings|evening commits?)\\b"},
            new String[] {"at night", "\\b(at night|nights|late at night|late-night|after midnight|night-?time|overnight|night commits?)\\b"},
            new String[] {"outside working hours", "\\b(outside|after|beyond) (of )?(working|work|business|office) hours\\b|\\bafter work\\b"},
            new String[] {"during working hours", "(?<!outside )(?<!after )(?<!beyond )\\b(during|in|within) (working|work|business|office) hours\\b"});

    private static Optional<RhythmFamily.Part> hours(String text) {
        Optional<RhythmFamily.Part> stated = HourRanges.find(text);
        if (stated.isPresent()) {
            return stated;
        }
        List<RhythmFamily.Part> found = new ArrayList<>();
        for (String[] time : DAY_TIMES) {
            if (Regex.of(time[1]).matcher(text).find()) {
                found.add(RhythmFamily.part(time[0]));
            }
        }
        // several parts ("morning or evening") are a comparison, which RhythmFamily answers, not a condition
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static final Pattern NO_MERGES = Pattern.compile("\\b(excluding|exclude|except|without|ignoring|ignore|not "
            + "counting|leave out|leaving out|skip|skipping|no|minus|other than)( the| any| all)? merges?( commits?)?\\b|"
            + "\\bnon-?merge commits?\\b");

    static final Conditions NONE = new Conditions(Optional.empty(), Optional.empty(), List.of(), "", OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), false, false, Map.of());

    static Conditions of(Reading r) {
        String text = r.text();
        Map<Type, String> said = new EnumMap<>(Type.class);
        Optional<String> kind = CommitKindFamily.kindCondition(r);
        kind.ifPresent(k -> said.put(Type.KIND, "are " + dev.bitofgit.store.CommitKinds.description(k)));
        Optional<RhythmFamily.Part> hours = hours(text);
        hours.ifPresent(part -> said.put(Type.HOURS, "were made " + part.name() + " (" + part.range() + ")"));
        List<Integer> weekdays = new ArrayList<>();
        String weekdayLabel = "";
        Matcher days = DAY_PARTS.matcher(text);
        if (days.find()) {
            RhythmFamily.Part part = RhythmFamily.part(days.group().contains("weekend") ? "on weekends" : "on weekdays");
            for (int day = part.from(); day < part.to(); day++) {
                weekdays.add(day);
            }
            weekdayLabel = part.name();
        } else if (!Regex.of("\\b(?:is it|was it|could it be|would it be|maybe|perhaps|probably|i guess|i bet)\\b[^?.!]{0,20}"
                + "\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\\b").matcher(text).find()) {
            // "my peak day? like is it wednesdays or something": a guess at the answer, not a condition on it
            List<Integer> named = new ArrayList<>();
            for (int i = 0; i < DAYS.length; i++) {
                String day = DAYS[i] + "s?";
                if (Regex.of("\\b(on|during|every) " + day + "\\b|\\b" + DAYS[i] + "s\\b|\\b(and|&|or) " + day
                        + "\\b|\\b" + day + " (and|&|or) \\w+days?\\b").matcher(text).find()) {
                    named.add(i + 1);
                }
            }
            // "on Saturdays and Sundays" is one condition; "Mondays or Fridays" a comparison, which RhythmFamily answers
            if (named.size() == 1 || named.size() > 1 && !Regex.of("\\bor\\b|\\bvs\\.?\\b|\\bversus\\b|\\bthan\\b")
                    .matcher(text).find()) {
                weekdays.addAll(named);
                weekdayLabel = named.equals(List.of(6, 7)) ? "on weekends"
                        : "on " + Say.join(named.stream().map(day -> capitalised(DAYS[day - 1]) + "s").toList());
            }
        }
        if (!weekdayLabel.isEmpty()) {
            said.put(Type.WEEKDAYS, "were made " + weekdayLabel);
        }
        OptionalInt minFiles = OptionalInt.empty();
        OptionalInt maxFiles = OptionalInt.empty();
        OptionalInt minLines = OptionalInt.empty();
        OptionalInt maxLines = OptionalInt.empty();
        Matcher size = SIZE.matcher(text);
        while (size.find()) {
            boolean prefixed = size.group(1) != null;
            String how = prefixed ? size.group(1) : size.group(5);
            long n = Long.parseLong((prefixed ? size.group(2) : size.group(4)).replace(",", ""));
            boolean files = (prefixed ? size.group(3) : size.group(6)).startsWith("file");
            if (n > 100_000_000) {
                continue;
            }
            int value = (int) n;
            boolean min = how.matches("more than|over|above|greater than|bigger than|at least|upwards of|\\+|or more");
            // "excluding anything under 20 lines": what is left out is the other side of the bound.
            String before = text.substring(Math.max(0, size.start() - 45), size.start());
            boolean excluded = before.matches("(?s).*\\b(excluding|exclude|except|without|ignoring|ignore|not counting|leave "
                    + "out|leaving out|skip|skipping|drop|dropping|minus)\\b[^,;.?]*$");
            boolean exclusive = how.matches("more than|over|above|greater than|bigger than|fewer than|less than|under|"
                    + "below|smaller than");
            int bound = exclusive ? (min ? value + 1 : Math.max(0, value - 1)) : value;
            if (excluded) {
                // leaving out "under 20" keeps at least 20; leaving out "more than 500" keeps at most 500
                bound = exclusive ? value : (min ? Math.max(0, value - 1) : value + 1);
                min = !min;
            }
            if (files && min) {
                minFiles = OptionalInt.of(bound);
            } else if (files) {
                maxFiles = OptionalInt.of(bound);
            } else if (min) {
                minLines = OptionalInt.of(bound);
            } else {
                maxLines = OptionalInt.of(bound);
            }
            String phrase = excluded ? (min ? "at least " : "at most ") + bound + " " + (files ? "files" : "lines")
                    : size.group().trim();
            said.merge(files ? Type.FILES : Type.LINES, "changed " + phrase, (a, b) -> a + " and " + b);
        }
        Matcher exact = EXACT_FILES.matcher(text);
        if (exact.find() && minFiles.isEmpty() && maxFiles.isEmpty()) {
            String said0 = exact.group(1) != null ? exact.group(1) : exact.group(2) != null ? exact.group(2) : exact.group(3);
            int n = said0.matches("\\d+") ? Integer.parseInt(said0) : 1;
            minFiles = OptionalInt.of(n);
            maxFiles = OptionalInt.of(n);
            said.merge(Type.FILES, "changed exactly " + n + (n == 1 ? " file" : " files"), (a, b) -> a + " and " + b);
        }
        boolean noMerges = NO_MERGES.matcher(text).find();
        if (noMerges) {
            said.put(Type.NO_MERGES, "are not merge commits");
        }
        boolean net = NET.matcher(text).find();
        if (net) {
            said.put(Type.NET, "deleted more lines than they added");
        }
        return new Conditions(kind, hours, List.copyOf(weekdays), weekdayLabel, minFiles, maxFiles, minLines, maxLines,
                net, noMerges, Map.copyOf(said));
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    Set<Type> types() {
        Set<Type> types = EnumSet.noneOf(Type.class);
        if (said.isEmpty()) {
            return types;
        }
        kind.ifPresent(k -> types.add(Type.KIND));
        hours.ifPresent(h -> types.add(Type.HOURS));
        if (!weekdays.isEmpty()) {
            types.add(Type.WEEKDAYS);
        }
        if (minFiles.isPresent() || maxFiles.isPresent()) {
            types.add(Type.FILES);
        }
        if (minLines.isPresent() || maxLines.isPresent()) {
            types.add(Type.LINES);
        }
        if (moreDeletedThanAdded) {
            types.add(Type.NET);
        }
        if (excludeMerges) {
            types.add(Type.NO_MERGES);
        }
        return types;
    }

    boolean any() {
        return !types().isEmpty();
    }

    /** Whether a size or net condition is set: those only this kind of question can carry. */
    boolean sized() {
        Set<Type> types = types();
        return types.contains(Type.FILES) || types.contains(Type.LINES) || types.contains(Type.NET)
                || types.contains(Type.NO_MERGES) && types.size() > 1;
    }

    /** The conditions as tool arguments of get_commit_stats, get_commit_timeline and rank_repos. */
    ObjectNode apply(ObjectNode arguments, Optional<Reading.Zone> zone) {
        kind.ifPresent(k -> arguments.put("kind", k));
        hours.ifPresent(part -> arguments.put("from_hour", part.from() % 24).put("to_hour", part.to() == 0 ? 24 : part.to()));
        if (!weekdays.isEmpty()) {
            var days = arguments.putArray("weekdays");
            weekdays.forEach(day -> days.add(DAYS[day - 1]));
        }
        if ((hours.isPresent() || !weekdays.isEmpty()) && zone.isPresent()) {
            arguments.put("time_zone", zone.get().id());
        }
        minFiles.ifPresent(n -> arguments.put("min_files", n));
        maxFiles.ifPresent(n -> arguments.put("max_files", n));
        minLines.ifPresent(n -> arguments.put("min_lines", n));
        maxLines.ifPresent(n -> arguments.put("max_lines", n));
        if (moreDeletedThanAdded) {
            arguments.put("more_deleted_than_added", true);
        }
        if (excludeMerges) {
            arguments.put("exclude_merges", true);
        }
        return arguments;
    }

    /** "bug fixes, at night (22:00–04:59)", for read-as lines. */
    String label() {
        return Say.join(List.copyOf(new TreeMap<>(said).values()));
    }

    /** What the question said for the conditions of these types. */
    List<String> said(Collection<Type> types) {
        return new TreeMap<>(said).entrySet().stream().filter(e -> types.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
    }
}
