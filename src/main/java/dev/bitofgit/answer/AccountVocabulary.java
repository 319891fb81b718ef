package dev.bitofgit.answer;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The account's own words for reading a question: its repository names, languages and technologies, and its
 * people when the question may name one (a scan of the commits, so looked up only then).
 */
final class AccountVocabulary {
    /** Months and weekdays, which name a time after "in", "on", "since"… or before a number ("March 2024"). */
    private static final Set<String> CALENDAR_WORDS = calendarWords();
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "since", "during", "last", "this", "next",
            "every", "of", "before", "after", "until", "till", "from", "to", "through", "between", "and", "or", "each");

    private AccountVocabulary() {
    }

    private static Set<String> calendarWords() {
        Set<String> words = new HashSet<>();
        for (Month month : Month.values()) {
            words.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            words.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    /**
     * A word that names a time, not a person: a zone ("UTC", "CET"), a month or weekday where a time is said ("in
     * March", "Monday 3rd", "since May 2024"), a city before "time" ("Tokyo time"). "Did June commit" still asks.
     */
    private static boolean calendarWord(String[] tokens, int i, String lower) {
        if (Lexicon.ZONES.containsKey(lower) || lower.equals("zulu")) {
            return true;
        }
        String before = i > 0 ? tokens[i - 1].toLowerCase(Locale.ROOT) : "";
        String after = i + 1 < tokens.length ? tokens[i + 1].toLowerCase(Locale.ROOT) : "";
        if (CALENDAR_WORDS.contains(lower)) {
            return TIME_PREPOSITIONS.contains(before) || after.matches("\\d.*")
                    || TIME_PREPOSITIONS.contains(after) && !before.equals("did");
        }
        return after.equals("time") && TimeMentions.CITIES.containsKey(lower);
    }

    /** The vocabulary for one question: the reader's languages and technologies joined with the account's. */
    static QuestionReader.Vocabulary lookUp(ToolCalls tools, String question, Set<String> languages,
                                            Set<String> technologies) {
        List<String> repos = new ArrayList<>();
        tools.lookUpAllRepos(tools.args(), "name").forEach(repo -> repos.add(repo.get("name").asString()));
        Set<String> known = new HashSet<>(languages);
        tools.lookup("get_language_breakdown", tools.args()).get("by_bytes")
                .forEach(item -> known.add(item.get("language").asString()));
        Set<String> techs = new HashSet<>(technologies);
        tools.lookup("aggregate_repo_metrics", tools.args()).get("technologies").propertyNames()
                .forEach(techs::add);
        techs.removeAll(known);
        List<QuestionReader.Person> people = new ArrayList<>();
        if (mayNameSomeone(question, repos, known, techs)) {
            tools.lookup("list_collaborators", tools.args().put("limit", 50)).get("collaborators").forEach(person ->
                    people.add(new QuestionReader.Person(Optional.ofNullable(person.get("login"))
                            .filter(login -> !login.isNull()).map(JsonNode::asString), person.get("name").asString())));
        }
        return new QuestionReader.Vocabulary(repos, known, techs, people);
    }

    /**
     * Whether a word of the question could be a person's login or name — one that is no English word, keyword,
     * repository, language or technology, or a capitalised word inside the sentence — so the people of the account
     * (a scan of its commits) are looked up only for questions that may name one.
     */
    private static boolean mayNameSomeone(String question, List<String> repos, Set<String> languages, Set<String> techs) {
        Set<String> taken = new HashSet<>();
        repos.forEach(repo -> taken.addAll(List.of(repo.toLowerCase(Locale.ROOT).split("[-_.]"))));
        repos.forEach(repo -> taken.add(repo.toLowerCase(Locale.ROOT)));
        languages.forEach(language -> taken.add(language.toLowerCase(Locale.ROOT)));
        techs.forEach(tech -> taken.addAll(List.of(tech.toLowerCase(Locale.ROOT).split("[ .]"))));
        String[] tokens = question.split("[^\\p{L}\\p{N}@_-]+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replaceFirst("^@", "");
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.length() < 3 || taken.contains(lower) || Lexicon.COMMON.contains(lower) || lower.matches("\\d+")) {
                continue;
            }
            if (calendarWord(tokens, i, lower)) {
                continue;
            }
            boolean unknown = !EnglishWords.contains(lower) && !Lexicon.KEYWORDS.contains(lower)
                    && !Plain.WORDS.contains(lower);
            boolean capitalised = i > 0 && Character.isUpperCase(token.charAt(0));
            if (unknown || capitalised || tokens[i].startsWith("@")) {
                return true;
            }
        }
        return false;
    }
}
