package dev.bitofgit.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The person a question names among the people who committed to the account's repositories. */
final class PersonMentions {
    private PersonMentions() {
    }

    /**
     * The person a question names, by login ("hubot", "@monalisa"), full name ("Mona Lisa") or a first or last
     * name only one of the people has and that is no repository, language or technology ("Ada", "Linus"): their
     * login, else their name as the commits write it.
     */
    static Optional<String> person(String original, String text, QuestionReader.Vocabulary vocabulary, List<String> repos) {
        Set<String> taken = new HashSet<>();
        repos.forEach(repo -> taken.add(repo.toLowerCase(Locale.ROOT)));
        vocabulary.languages().forEach(language -> taken.add(language.toLowerCase(Locale.ROOT)));
        vocabulary.technologies().forEach(tech -> taken.add(tech.toLowerCase(Locale.ROOT)));
        Map<String, Integer> partOwners = new HashMap<>();
        for (QuestionReader.Person person : vocabulary.people()) {
            for (String part : new HashSet<>(List.of(person.name().toLowerCase(Locale.ROOT).split("\\s+")))) {
                partOwners.merge(part, 1, Integer::sum);
            }
        }
        for (QuestionReader.Person person : vocabulary.people()) {
            String id = person.login().orElse(person.name());
            String name = person.name().toLowerCase(Locale.ROOT);
            if (person.login().map(login -> QuestionReader.word(text, login.toLowerCase(Locale.ROOT))
                    && !taken.contains(login.toLowerCase(Locale.ROOT))).orElse(false)
                    || name.contains(" ") && text.contains(name)) {
                return Optional.of(id);
            }
        }
        for (QuestionReader.Person person : vocabulary.people()) {
            for (String part : person.name().split("\\s+")) {
                String key = part.toLowerCase(Locale.ROOT);
                // A lone first or last name counts when it is capitalised as a name, or no English word.
                boolean named = original.matches("(?s).*\\b" + Pattern.quote(part) + "\\b.*")
                        || !EnglishWords.contains(key) && !Lexicon.KEYWORDS.contains(key);
                if (key.length() >= 3 && partOwners.get(key) == 1 && !taken.contains(key) && QuestionReader.word(text, key) && named
                        && !Lexicon.COMMON.contains(key)) {
                    return Optional.of(person.login().orElse(person.name()));
                }
            }
        }
        return Optional.empty();
    }
}
