package dev.bitofgit.answer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language or technology a question names, with its common aliases ("golang", "k8s"), reading an
 * everyday word ("spring", "echo") as a technology only where the question means software.
 */
final class LanguageMentions {
    private LanguageMentions() {
    }

    static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("golang", "Go"),
            Map.entry("js", "JavaScript"), Map.entry("ts", "TypeScript"), Map.entry("bash", "Shell"),
            Map.entry("py", "Python"), Map.entry("spring", "Spring Boot"), Map.entry("rails", "Ruby on Rails"),
            Map.entry("nextjs", "Next.js"), Map.entry("torch", "PyTorch"), Map.entry("postgres", "PostgreSQL"),
            Map.entry("k8s", "Kubernetes"), Map.entry("node", "Node.js"), Map.entry("nodejs", "Node.js"),
            Map.entry("reactjs", "React"), Map.entry("vuejs", "Vue"), Map.entry("csharp", "C#"),
            Map.entry("cpp", "C++"));

    static Optional<String> language(String original, String text, Set<String> languages) {
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            if (languages.contains(alias.getValue()) && QuestionReader.word(text, alias.getKey())) {
                return Optional.of(alias.getValue());
            }
        }
        String best = null;
        for (String language : languages) {
            String key = language.toLowerCase(Locale.ROOT);
            if (key.equals("go")) {
                if (original.matches("(?s).*\\bGo\\b.*") || text.matches(".*\\bgo-(first|based|heavy|only)\\b.*")
                        || text.matches(".*\\b(use|uses|using|in|with|written in|"
                        + "language|learn|learned|mostly|mainly|primarily|purely|entirely|all|is|are)\\s+go\\b(?! to\\b).*") || text.matches(".*\\bgo (commits?|projects?|repos?|"
                        + "repositories|code|programs?|services?)\\b.*")) {
                    return Optional.of(language);
                }
                continue;
            }
            if (key.length() <= 2 && !original.matches("(?s).*(^|[^\\p{L}])" + Pattern.quote(language)
                    + "([^\\p{L}+#]|$).*")) {
                continue; // "r" is "are" in chat; the language R is written R
            }
            if (SignalWords.SIGNAL_WORDS.containsKey(key)) {
                continue; // "Dockerfile", "Makefile": the signal, not GitHub's language of that name
            }
            if (QuestionReader.word(text, key) && (best == null || key.length() > best.length())) {
                best = language;
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<String> technology(String original, String text, Set<String> technologies) {
        String best = null;
        for (String tech : technologies) {
            String key = tech.toLowerCase(Locale.ROOT);
            if (QuestionReader.word(text, key) && (best == null || key.length() > best.length()) && meant(original, text, key, tech)) {
                best = tech;
            }
        }
        if (best == null) {
            for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
                if (technologies.contains(alias.getValue()) && QuestionReader.word(text, alias.getKey())
                        && meant(original, text, alias.getKey(), alias.getValue())) {
                    return Optional.of(alias.getValue());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A technology whose name is an everyday word ("spring cleaning", "express my thanks", "echo") counts only when
     * the question writes it capitalised mid-sentence, or next to words that make it software.
     */
    private static boolean meant(String original, String text, String key, String name) {
        if (!key.matches("[a-z]+") || !(EnglishWords.contains(key) || Lexicon.COMMON.contains(key))) {
            return true;
        }
        if (original.matches("(?s).*[\\p{L}\\p{N},;:] " + Pattern.quote(Character.toUpperCase(key.charAt(0))
                + key.substring(1)) + "\\b.*")) {
            return true;
        }
        return text.matches(".*\\b(use|uses|using|used|with|on|built|written|based|in) " + Pattern.quote(key) + "\\b.*")
                || text.matches(".*\\b" + Pattern.quote(key) + "[ .-]?(framework|library|app|apps|api|apis|server|"
                + "servers|backend|backends|project|projects|repo|repos|repositories|based|boot|web|js|service|"
                + "services|code)\\b.*");
    }
}
