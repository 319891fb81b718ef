package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alternatives and conjunctions a question joins: "Django or Flask", "either Go or Rust", "Python or
 * more Java repositories" — and "both Docker and Kubernetes" — in the order written.
 */
final class Alternatives {
    private Alternatives() {
    }

    private static final String FILLER = "(\\s*(more|my|in|to|into|for|with|the|some|any|using|use|written in|on|built on|built with|"
            + "either|repos?|repositories|projects?|code|stuff|commits|apps?)\\b)*";
    private static final Pattern BETWEEN_ALTERNATIVES = Pattern.compile("^" + FILLER + "[\\s,]*(or|and/or|/|vs\\.?|"
            + "versus|,)[\\s,]*" + FILLER + "\\s*$");

    /**
     * "Django or Flask", "either Go or Rust", "Python repositories or more Java repositories", "Docker or
     * Kubernetes": two or more languages, technologies or signals joined by "or", in the order written.
     */
    private record Found(int start, int end, Reading.Alternative alternative) {
    }

    /**
     * The account's people by the words a question may call them: login, full name, or a first or last name only one
     * of them has and that is no English word ("hubot or linus", "Mona Lisa vs Ada").
     */
    private static Map<String, Reading.Alternative> people(QuestionReader.Vocabulary vocabulary) {
        Map<String, Integer> partOwners = new HashMap<>();
        vocabulary.people().forEach(person -> new HashSet<>(List.of(person.name().toLowerCase(Locale.ROOT).split("\\s+")))
                .forEach(part -> partOwners.merge(part, 1, Integer::sum)));
        Map<String, Reading.Alternative> keys = new LinkedHashMap<>();
        for (QuestionReader.Person person : vocabulary.people()) {
            String id = person.login().orElse(person.name());
            Reading.Alternative alternative = new Reading.Alternative(person.name(), "author", id);
            person.login().filter(login -> login.length() >= 3).ifPresent(login -> keys.put(login.toLowerCase(Locale.ROOT),
                    alternative));
            keys.put(person.name().toLowerCase(Locale.ROOT), alternative);
            for (String part : person.name().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (part.length() >= 3 && partOwners.get(part) == 1 && !EnglishWords.contains(part)
                        && !Lexicon.COMMON.contains(part) && !Lexicon.KEYWORDS.contains(part)) {
                    keys.putIfAbsent(part, alternative);
                }
            }
        }
        return keys;
    }

    private static Reading.Alternative alternativeOf(Object found) {
        return ((Found) found).alternative();
    }

    private static int startOf(Object found) {
        return ((Found) found).start();
    }

    private static int endOf(Object found) {
        return ((Found) found).end();
    }

    static List<Reading.Alternative> alternatives(String original, String text, QuestionReader.Vocabulary vocabulary) {
        List<Found> found = new ArrayList<>();
        BiConsumer<String, Reading.Alternative> add = (key, alternative) -> {
            Matcher matcher = Regex.of("(?<![\\p{L}\\p{N}+#])" + Pattern.quote(key) + "(?![\\p{L}\\p{N}+#])")
                    .matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                if (found.stream().noneMatch(f -> f.start() <= start && start < f.end())) {
                    found.removeIf(f -> start <= f.start() && f.start() < matcher.end());
                    found.add(new Found(start, matcher.end(), alternative));
                }
            }
        };
        vocabulary.languages().forEach(language -> {
            String key = language.toLowerCase(Locale.ROOT);
            if (!SignalWords.SIGNAL_WORDS.containsKey(key) && (key.length() > 2 && !key.equals("go")
                    || LanguageMentions.language(original, text, Set.of(language)).isPresent())) {
                add.accept(key, new Reading.Alternative(language, "language", language));
            }
        });
        LanguageMentions.ALIASES.forEach((alias, name) -> {
            if (vocabulary.languages().contains(name)) {
                add.accept(alias, new Reading.Alternative(name, "language", name));
            } else if (vocabulary.technologies().contains(name)) {
                add.accept(alias, new Reading.Alternative(name, "tech_stack", name));
            }
        });
        vocabulary.technologies().forEach(tech -> {
            String key = tech.toLowerCase(Locale.ROOT);
            if (!SignalWords.SIGNAL_WORDS.containsKey(key) && LanguageMentions.technology(original, text, Set.of(tech)).isPresent()) {
                add.accept(key, new Reading.Alternative(tech, "tech_stack", tech));
            }
        });
        people(vocabulary).forEach((key, person) -> add.accept(key, person));
        SignalWords.SIGNAL_WORDS.forEach((word, signal) -> add.accept(word, new Reading.Alternative(signal.label.replaceFirst("^a ",
                ""), signal.argument, true)));
        found.sort(Comparator.comparingInt(Found::start));
        List<Reading.Alternative> chain = new ArrayList<>();
        for (int i = 1; i < found.size(); i++) {
            Found before = found.get(i - 1);
            Found after = found.get(i);
            if (BETWEEN_ALTERNATIVES.matcher(text.substring(before.end(), after.start())).matches()
                    && !before.alternative().label().equals(after.alternative().label())) {
                if (chain.isEmpty()) {
                    chain.add(before.alternative());
                }
                chain.add(after.alternative());
            } else if (!chain.isEmpty()) {
                break;
            }
        }
        if (chain.size() >= 2 && text.matches(".*\\b(or|vs\\.?|versus)\\b.*|.*/.*")) {
            return chain;
        }
        // "both Python and Go", "Rust as well as TypeScript": languages or technologies that must all hold.
        List<Reading.Alternative> all = conjunction(found, text);
        return all.size() >= 2 ? all : List.of();
    }

    private static final Pattern BETWEEN_CONJUNCTS = Pattern.compile("^" + FILLER + "[\\s,]*(and|&|as well as|plus|"
            + "together with|along with)[\\s,]*" + FILLER + "\\s*$");

    private static List<Reading.Alternative> conjunction(List<Found> found, String text) {
        if (!text.matches(".*\\b(both|and|as well as|plus|together with|along with)\\b.*")) {
            return List.of();
        }
        List<Reading.Alternative> chain = new ArrayList<>();
        for (int i = 1; i < found.size(); i++) {
            Object before = found.get(i - 1);
            Object after = found.get(i);
            Reading.Alternative a = alternativeOf(before);
            Reading.Alternative b = alternativeOf(after);
            // Languages and technologies, and signals beside them ("Docker and Kubernetes"); signals alone keep
            // their own reading ("CI and tests").
            boolean stack = a.value() instanceof String || b.value() instanceof String;
            if (stack && BETWEEN_CONJUNCTS.matcher(text.substring(endOf(before), startOf(after))).matches()
                    && !a.label().equals(b.label())) {
                if (chain.isEmpty()) {
                    chain.add(a);
                }
                chain.add(b);
            } else if (!chain.isEmpty()) {
                break;
            }
        }
        return chain.size() >= 2 ? chain.stream().map(alt -> new Reading.Alternative(alt.label(), alt.argument(),
                alt.value(), true)).toList() : List.of();
    }
}
