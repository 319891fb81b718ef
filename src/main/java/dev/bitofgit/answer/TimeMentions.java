package dev.bitofgit.answer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zone ("in Tokyo time", "UTC+2", "Europe/Berlin") and the inactivity ("not touched for
 * six months") a question names.
 */
final class TimeMentions {
    private TimeMentions() {
    }

    private static final Pattern ZONE_ID = Pattern.compile("\\b([A-Z][A-Za-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\\b");
    private static final Pattern OFFSET = Pattern.compile("\\b(?:utc|gmt)\\s*([+-]\\s*\\d{1,2})(?::?(\\d{2}))?\\b");
    private static final Pattern INACTIVE_FOR = Pattern.compile("\\b(?:(?:for|in|over)\\s+(?:over|more than|at least)?|(?:more "
            + "than|older than|at least|over)(?= \\S+ \\S+ (?:old|ago)\\b))\\s*"
            + "(a|an|one|two|three|four|five|six|eight|nine|ten|twelve|eighteen|\\d{1,2})\\+?\\s+(year|month|week|day)s?\\b");
    private static final Pattern INACTIVE_WORDS = Pattern.compile("\\b(no (new )?commits?|not (been )?(committed|"
            + "touched|worked on|updated|pushed|active)|(haven'?t|hasn'?t|didn'?t|havent|hasnt|didnt|never) ("
            + "committed|touched|worked|updated|pushed|been)|inactive|stale|abandoned|untouched|dormant|neglected|"
            + "no activity|zero commits|0 commits|(lacking|missing|lacks) (a |any )?(new |single )?commits?|without (a |any )?(new |single )?commits?|no (push|pushes|update|updates|changes)|(no one|nobody|noone) (has )?("
            + "committed|touched|pushed|worked)|not (a single|one) commit|nothing (committed|pushed)|gone quiet|went quiet|no work|(haven'?t|hasn'?t|havent|hasnt|not) ("
            + "seen|had|gotten|received|got) (a |any |a single |one )?(new |single )?(commits?|activity|updates?|push(es)?|changes)|"
            + "(latest|last|most recent|newest) (commit|push|activity|update)s? (that |which )?(is|was|happened|came|landed|dates from|"
            + "is from|was from)? ?(more than|over|older than|at least) (a|an|one|two|three|four|five|six|\\d{1,2}) (year|month|"
            + "week)s? (old|ago)|stopp?(ed)? (committing|working|"
            + "pushing|touching|updating|contributing)|quit (working|committing)|gave up on|give up on|left alone)\\b");

    /** City names of the IANA zones, as people write them ("tokyo", "new york", "sao paulo") → the zone id. */
    static final Map<String, String> CITIES = cities();

    private static Map<String, String> cities() {
        Map<String, String> cities = new TreeMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+")) {
                String city = id.substring(id.indexOf('/') + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
                if (city.length() > 3) {
                    cities.putIfAbsent(city, id);
                }
            }
        }
        return Map.copyOf(cities);
    }

    static Optional<Reading.Zone> zone(String original, String text) {
        if (text.matches(".*\\bnot (in )?(utc|gmt)\\b.*") || text.matches(".*\\blocal (time|clock)\\b.*")
                && !text.matches(".*\\bnot (in )?(my )?(own )?local\\b.*")) {
            return Optional.empty(); // "local time, not UTC": each commit's own zone
        }
        Matcher id = ZONE_ID.matcher(original);
        while (id.find()) {
            try {
                ZoneId zone = ZoneId.of(id.group(1));
                return Optional.of(new Reading.Zone(zone.getId(), zone.getId()));
            } catch (DateTimeException e) {
                // not a zone ("CI/CD"); keep looking
            }
        }
        if (text.matches(".*\\b(coordinated universal time|universal time|zulu( time)?)\\b.*")) {
            return Optional.of(new Reading.Zone("UTC", "UTC"));
        }
        Matcher offset = OFFSET.matcher(text);
        if (offset.find()) {
            int hours = Integer.parseInt(offset.group(1).replace(" ", "").replace("+", ""));
            int minutes = offset.group(2) == null ? 0 : Integer.parseInt(offset.group(2));
            if (Math.abs(hours) <= 14) {
                ZoneOffset zone = ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes);
                return Optional.of(new Reading.Zone(zone.getId(), "UTC" + zone.getId()));
            }
        }
        for (Map.Entry<String, String> city : CITIES.entrySet()) {
            if (!text.contains(city.getKey())) {
                continue; // hundreds of cities: a regular expression only for one the question names
            }
            if (text.matches(".*\\b(in|at|of)\\s+(the\\s+)?" + Pattern.quote(city.getKey()) + "( time)?\\b.*")
                    || text.matches(".*\\b" + Pattern.quote(city.getKey()) + " time\\b.*")) {
                return Optional.of(new Reading.Zone(city.getValue(), city.getValue()));
            }
        }
        for (Map.Entry<String, String> abbreviation : Lexicon.ZONES.entrySet()) {
            if (QuestionReader.word(text, abbreviation.getKey()) && (abbreviation.getKey().length() > 2
                    || text.matches(".*\\b(in|at)\\s+" + abbreviation.getKey() + "\\b.*"))) {
                String id2 = abbreviation.getValue();
                return Optional.of(new Reading.Zone(id2, id2.equals("UTC") ? "UTC"
                        : abbreviation.getKey().toUpperCase(Locale.ROOT) + " (" + id2 + ")"));
            }
        }
        return Optional.empty();
    }

    static Optional<Reading.Inactivity> inactivity(String text, LocalDate today) {
        // "Days without commits" counts the user's idle days; inactivity is a property of repositories.
        if (text.matches(".*\\b(days?|weeks?|months?)\\b.*") && !text.matches(".*\\b(repos?|repositories|projects?|"
                + "codebases?)\\b.*") && !INACTIVE_FOR.matcher(text).find()) {
            return Optional.empty();
        }
        if (!INACTIVE_WORDS.matcher(text).find() || text.matches(".*\\b(longest|biggest|largest|longer|how long)\\b"
                + ".*\\b(stretch|gap|break|period|pause|spell|run|time|days?|weeks?)\\b.*")) {
            return Optional.empty();
        }
        if (text.matches(".*\\b(in|for|during|over|within) the (past|last|previous) (year|twelve months|12 months)\\b.*")) {
            LocalDate before = today.minusYears(1).plusDays(1);
            return Optional.of(new Reading.Inactivity(before, "no commit in the last year (none since " + before + ")"));
        }
        Matcher span = INACTIVE_FOR.matcher(text);
        if (span.find()) {
            String amount = span.group(1);
            int n = switch (amount) {
                case "a", "an", "one" -> 1;
                case "twelve" -> 12;
                case "eighteen" -> 18;
                default -> Lexicon.NUMBER_WORDS.containsKey(amount) ? Lexicon.NUMBER_WORDS.get(amount)
                        : Integer.parseInt(amount);
            };
            LocalDate before = switch (span.group(2)) {
                case "year" -> today.minusYears(n);
                case "month" -> today.minusMonths(n);
                case "week" -> today.minusWeeks(n);
                default -> today.minusDays(n);
            };
            return Optional.of(new Reading.Inactivity(before.plusDays(1), "no commit in the last " + n + " "
                    + span.group(2) + (n == 1 ? "" : "s") + " (none since " + before.plusDays(1) + ")"));
        }
        Optional<TimeRange> since = TimeRanges.find(text, today);
        if (since.isPresent()) {
            // "no push since before 2025": nothing from 2025 on
            LocalDate from = since.get().label().startsWith("before") ? since.get().until() : since.get().since();
            return Optional.of(new Reading.Inactivity(from, "no commit since " + from));
        }
        // "inactive", "abandoned" with no span: a year, said in the answer.
        LocalDate before = today.minusYears(1).plusDays(1);
        return Optional.of(new Reading.Inactivity(before, "no commit in the last year (none since " + before + ")"));
    }
}
