package dev.bitofgit.eval;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A family's question for one account: the values of its placeholders ({repo}, {year}, …) and the expected facts. */
record FamilyCase(Map<String, String> parameters, Expectation expectation) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    FamilyCase {
        parameters = Map.copyOf(parameters);
        requireNonNull(expectation, "expectation == null");
    }

    static FamilyCase of(Expectation expectation) {
        return new FamilyCase(Map.of(), expectation);
    }

    FamilyCase with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, String.valueOf(value));
        return new FamilyCase(more, expectation);
    }

    /** The question: the template with every placeholder filled; casual questions are typed in lower case. */
    String render(String template, Style style) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder question = new StringBuilder();
        while (matcher.find()) {
            String value = parameters.get(matcher.group(1));
            if (value == null) {
                // The template itself stays out of the message: it may be a held-out wording.
                throw new IllegalArgumentException("a template names {" + matcher.group(1) + "}, which this case does "
                        + "not fill (it fills " + parameters.keySet() + ")");
            }
            matcher.appendReplacement(question, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(question);
        return style == Style.CASUAL ? question.toString().toLowerCase(Locale.ROOT) : question.toString();
    }

    static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
