package dev.bitofgit.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question into a {@link Reading}, one aspect at a time and each independent of the others, so that any
 * combination composes: a language with a period with a negated signal with a ranking. Vocabularies (repository
 * names, languages, technologies) are the account's and the signal detector's, passed in, never kept here.
 */
final class QuestionReader {
    /** Languages and technologies the reader knows, and the account's repository names and people. */
    record Vocabulary(List<String> repos, Set<String> languages, Set<String> technologies, List<Person> people) {
        Vocabulary {
            repos = List.copyOf(repos);
            languages = Set.copyOf(languages);
            technologies = Set.copyOf(technologies);
            people = List.copyOf(people);
        }

        /** Every word that names a person: logins, and the parts of their names. */
        Set<String> personWords() {
            Set<String> found = new HashSet<>();
            for (Person person : people) {
                person.login().ifPresent(login -> found.add(login.toLowerCase(Locale.ROOT)));
                found.addAll(List.of(person.name().toLowerCase(Locale.ROOT).split("\\s+")));
            }
            return found;
        }
    }

    /** Someone other than the user who committed to the account's repositories. */
    record Person(Optional<String> login, String name) {
    }

    private static final Pattern TOP = Pattern.compile("\\b(?:top|first|last|latest|recent|best|biggest|largest|"
            + "busiest)\\s+(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\\b(?!\\s+(?:days?|weeks?|months?|"
            + "years?|hours?))|\\b(\\d{1,3}|two|three|four|"
            + "five|six|seven|eight|nine|ten)\\s+(?:most|least|biggest|largest|busiest|latest|last|recent|newest|"
            + "oldest|top|repos|repositories|projects|commits|languages|people|collaborators)\\b");

    private QuestionReader() {
    }

    static Question question(String text, Vocabulary vocabulary) {
        Set<String> known = new HashSet<>(Lexicon.KEYWORDS);
        vocabulary.repos().forEach(name -> known.add(name.toLowerCase(Locale.ROOT)));
        vocabulary.languages().forEach(language -> known.add(language.toLowerCase(Locale.ROOT)));
        vocabulary.technologies().forEach(tech -> known.add(tech.toLowerCase(Locale.ROOT)));
        known.addAll(vocabulary.personWords());
        TimeMentions.CITIES.keySet().stream().filter(city -> !city.contains(" ")).forEach(known::add);
        return Question.of(text, known);
    }

    /** The person the asking sentence names, else — when it says "she", "he", "they" — the one its context names. */
    private static Optional<String> person(Question whole, Question question, Vocabulary vocabulary, List<String> repos) {
        Optional<String> person = PersonMentions.person(question.original(), question.text(), vocabulary, repos);
        if (person.isEmpty() && question != whole && Regex.finds("\\b(he|she|him|her|his|they|them|their)\\b",
                question.text())) {
            return PersonMentions.person(whole.original(), whole.text(), vocabulary, repos);
        }
        return person;
    }

    /**
     * Reads the question. When sentences of context precede the one that asks, what is asked (the words families
     * match, signals, the measure) comes from the asking sentence; what it is about (repositories, language, period,
     * zone) from it first, else from the context ("… going back to 2020. Did I commit anything that year?").
     */
    static Reading read(Question whole, Vocabulary vocabulary, LocalDate today) {
        Question question = whole.focus();
        String text = question.text();
        List<String> words = question.words();
        Set<Integer> consumed = new HashSet<>();
        List<String> repos = RepoMentions.find(question.original(), text, words, vocabulary.repos(), consumed);
        if (repos.isEmpty() && question != whole) {
            repos = RepoMentions.find(whole.original(), whole.text(), whole.words(), vocabulary.repos(), new HashSet<>());
        }
        Optional<String> language = LanguageMentions.language(question.original(), text, vocabulary.languages())
                .or(() -> question == whole ? Optional.empty() : LanguageMentions.language(whole.original(), whole.text(), vocabulary.languages()));
        String languageText = question == whole || LanguageMentions.language(question.original(), text, vocabulary.languages()).isPresent()
                ? text : whole.text();
        Optional<String> namedTechnology = LanguageMentions.technology(question.original(), text, vocabulary.technologies())
                .or(() -> question == whole ? Optional.empty()
                        : LanguageMentions.technology(whole.original(), whole.text(), vocabulary.technologies()))
                .filter(tech -> language.map(l -> !l.equalsIgnoreCase(tech)).orElse(true));
        boolean namesTheRepos = language.isPresent() && Regex.of("\\b" + Pattern.quote(language.get()
                .toLowerCase(Locale.ROOT)) + "\\s+(repos?|repositories|projects?|codebases?|apps?)\\b|\\b(repos?|"
                + "repositories|projects?|codebases?) (in|of) " + Pattern.quote(language.get().toLowerCase(Locale.ROOT))
                + "\\b").matcher(languageText).find() && !Regex.of("\\b(use|uses|using|used|contain|contains|"
                + "containing|with|some|any|include|includes|including|touch|touches|bit of|little)\\b")
                .matcher(languageText).find();
        boolean primary = language.isPresent() && namesTheRepos || language.isPresent() && Regex.of("\\b(main|mainly|mostly|primarily|primary|"
                + "predominantly|chiefly|largely|majority|principal|dominant|top language|main lang|first language|"
                + "first and foremost|(basically|mostly|almost|nearly|essentially) (all|entirely|only|just|pure)|at heart|"
                + "at (its|their) core|through and through|above all|pure|purely|100%|"
                + "biggest language|largest language|most of the code|most code|largest share|bulk of|most bytes|"
                + "as (their|its) language|listed as|marked as|tagged as|badge|github (shows|lists|displays|labels)|"
                + "(shown|listed|labell?ed) by github|[a-z#+]+-based|"
                + "labell?ed as|classified as|shown as|heavy|[a-z#+]+-first|written (mostly |mainly |primarily )?in|"
                + "coded (mostly |mainly )?in)\\b").matcher(languageText).find()
                && !Regex.of("\\b(not|isn't|is not|aren't|even if|even when|doesn't|don't|no matter|"
                + "regardless|whether or not|needn't|any amount|some|at all|small|little)\\b[^.?!]{0,30}\\b(main|primary|"
                + "mostly|mainly)\\b").matcher(languageText).find();
        Map<Reading.Signal, Boolean> signals = new EnumMap<>(Reading.Signal.class);
        Map<String, Boolean> flags = new LinkedHashMap<>();
        if (text.matches(".*\\bcan (anyone|anybody|everyone|everybody|the public|people|strangers)( on the (internet|"
                + "web))? (see|browse|view|access|read|find)\\b.*")) {
            flags.putIfAbsent("private", false);
        }
        if (text.matches(".*\\b(only i can see|hidden from (everyone|the public|others|the world)|not (visible|public|"
                + "shown|open) to|nobody else can see|no one else can see|not publicly)\\b.*")) {
            flags.putIfAbsent("private", true);
        } else if (text.matches(".*\\b((anyone|anybody|everyone|everybody|the public|the world|people|strangers)( on the "
                + "(internet|web))? can (see|browse|view|access|read|find)|visible to (everyone|anyone|anybody|the (world|"
                + "public))|open to the public|publicly( visible| available| accessible)?|world[- ]readable)\\b.*")) {
            flags.putIfAbsent("private", false);
        }
        if (text.matches(".*\\b(cop(y|ies) of (other|someone|somebody|another)|forked (it |them )?from|cloned from|"
                + "based on (someone|other people)|from (someone|somebody) else)\\b.*")) {
            flags.putIfAbsent("fork", true);
        }
        if (text.matches(".*\\b(read[- ]?only|frozen|retired|mothballed)\\b.*")) {
            flags.putIfAbsent("archived", true);
        }
        SignalWords.polarities(words, consumed, signals, flags);
        // "Which of my active repositories…": active ones are the ones not archived (not "most active", a ranking)
        if (text.matches(".*(?<!most |least |more |less |the )\\bactive (\\w+ )?(repos|repositories|projects)\\b.*")) {
            flags.putIfAbsent("archived", false);
        }
        if (question != whole) {
            // "…, but nothing archived. Which of my Python repositories…": an exclusion said in the context holds
            Map<String, Boolean> said = new LinkedHashMap<>();
            SignalWords.polarities(whole.words(), new HashSet<>(), new EnumMap<>(Reading.Signal.class), said);
            said.forEach((flag, value) -> {
                boolean excludes = flag.equals("archived") || flag.equals("fork") ? !value : false;
                if (excludes && Regex.finds("\\b(nothing|no|not|without|except|excluding|skip|ignore|leave out)\\b[^.?!]{0,15}\\b"
                        + (flag.equals("fork") ? "fork" : "archiv"), whole.text())) {
                    flags.putIfAbsent(flag, false);
                }
            });
        }
        if (signals.isEmpty() && question != whole && text.matches(".*\\b(one|it|them|any)\\b.*")
                && words.stream().anyMatch(w -> Lexicon.NEGATORS.contains(w) || w.endsWith("n't"))) {
            // "… start with the README. Which projects don't have one?": the context names what is missing.
            for (String word : whole.words()) {
                Reading.Signal named = SignalWords.SIGNAL_WORDS.get(word);
                if (named != null) {
                    signals.put(named, false);
                    break;
                }
            }
        }
        // "Docker" is the signal, not a second filter on the same thing.
        Optional<String> technology = namedTechnology.filter(tech -> !SignalWords.SIGNAL_WORDS.containsKey(tech.toLowerCase(Locale.ROOT))
                || !signals.containsKey(SignalWords.SIGNAL_WORDS.get(tech.toLowerCase(Locale.ROOT))));
        if (text.matches(".*\\b(been forked|forked (\\d+|\\w+ times|at least|more than|over|the most)|times forked|how many "
                + "times|total forks|forks (total|in total)|most forks|most forked|forks? (across|in total|altogether))\\b.*") || text.matches(".*\\b(\\d+|no|zero) forks\\b.*")) {
            flags.remove("fork"); // how often others forked it, not whether it is a fork
        }
        Optional<Reading.Zone> zone = TimeMentions.zone(question.original(), text)
                .or(() -> question == whole ? Optional.empty() : TimeMentions.zone(whole.original(), whole.text()));
        String periodText = zone.isPresent() ? text.replaceAll("\\b(utc|gmt)\\b", " ") : text;
        String wholePeriodText = zone.isPresent() ? whole.text().replaceAll("\\b(utc|gmt)\\b", " ") : whole.text();
        // A period in the context counts only when the question points back to it ("that year", "since then").
        boolean pointsBack = question != whole && text.matches(".*\\b(that (year|month|week|time|period|day)|then|"
                + "back then|at the time|during it|during that|those (years|months))\\b.*");
        Optional<TimeRange> context = pointsBack ? TimeRanges.find(wholePeriodText.replace(periodText, ""), today)
                : Optional.empty();
        Optional<Reading.Inactivity> inactive = TimeMentions.inactivity(periodText, today);
        if (inactive.isPresent() && context.isPresent() && text.matches(".*\\bsince then\\b.*")) {
            inactive = Optional.of(new Reading.Inactivity(context.get().since(), "no commit since "
                    + context.get().since()));
        }
        Optional<TimeRange> period = inactive.isPresent() ? Optional.empty() : TimeRanges.find(periodText, today)
                .or(() -> context);
        List<TimeRange> periods = inactive.isPresent() ? List.of() : TimeRanges.all(periodText, today);
        if (periods.size() < 2 && pointsBack && !inactive.isPresent()) {
            List<TimeRange> wholePeriods = TimeRanges.all(wholePeriodText, today);
            periods = wholePeriods.size() >= 2 ? wholePeriods : periods;
        }
        if (periods.size() == 1 && periods.get(0).label().startsWith("last year")
                && text.matches(".*\\b(more|fewer|less|higher|lower|up|down|busier|quieter|compared|vs|versus|than|beat|"
                + "out-?\\w+ing|ahead|behind)\\b.*")) {
            // "compared to last year, am I committing more?": the other side is this year.
            periods = List.of(TimeRanges.all("this year", today).get(0), periods.get(0));
        }
        Optional<Boolean> own = !whole.text().matches(".*\\bnot (just|only|simply) (me|mine|my)\\b.*")
                && whole.text().matches(".*\\b(only|just|solely|exclusively) (my|mine|me)\\b.*|.*\\bmy own "
                + "(commits?|work|changes)\\b.*|.*\\bonly mine\\b.*") ? Optional.of(true) : own(text, words)
                .or(() -> question == whole ? Optional.empty() : own(whole.text(), whole.words()));
        return new Reading(text, Set.copyOf(words), repos, language, primary, technology, signals,
                Optional.ofNullable(flags.get("private")), Optional.ofNullable(flags.get("fork")),
                Optional.ofNullable(flags.get("archived")), period, periods, inactive, zone, own,
                top(text), measure(text), SearchTerms.term(question.original(), question.text(), repos), whole.corrections(),
                repos.isEmpty() ? RepoMentions.unknown(words, consumed, vocabulary).or(() -> question == whole
                        || !text.matches(".*\\b(it|its|that (repo|repository|project|codebase)|the (repo|repository|"
                        + "project|codebase))\\b.*") ? Optional.empty()
                        : RepoMentions.unknown(whole.words(), Set.of(), vocabulary, true)) : Optional.empty(),
                // "Mona Lisa helps me on one project. Where has she made the most commits?": the person of the context
                person(whole, question, vocabulary, repos),
                // "without tests or CI" is neither, not either: a negated signal keeps the plain reading.
                signals.containsValue(false) ? List.of() : Alternatives.alternatives(question.original(), text, vocabulary),
                Optional.empty());
    }

    static boolean word(String text, String key) {
        return Regex.of("(^|[^\\p{L}\\p{N}+#])" + Pattern.quote(key) + "($|[^\\p{L}\\p{N}+#])").matcher(text)
                .find();
    }

    /** Explicitly the user's own commits, or explicitly everyone's; empty when the question does not say. */
    private static Optional<Boolean> own(String text, List<String> words) {
        if (text.matches(".*\\bnot (just|only|simply) (me|mine|my own|my commits|by me)\\b.*")) {
            return Optional.of(false);
        }
        if (text.matches(".*\\b(only|just|solely|exclusively) (my|mine|me|by me)\\b.*|.*\\bmy own\\b.*|.*\\bonly mine\\b.*")) {
            return Optional.of(true);
        }
        if (text.matches(".*\\b(everyone|everybody|anyone|anybody|(all|every|each) (the )?(authors?|contributors?|people|"
                + "committers?|devs?|developers?|collaborators?)|by all|including others|everyone's|by anyone|other people|"
                + "others|whole team|all of us|not just (me|mine|my own|my commits))\\b.*")) {
            return Optional.of(false);
        }
        if (words.contains("i") || words.contains("i've") || words.contains("i'd") || words.contains("me")
                || words.contains("myself") || words.contains("mine") || words.contains("im")
                || text.matches(".*\\bmy (own )?(commits?|work|contributions?|coding|changes|activity|pushes|"
                + "streak|code)\\b.*")) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    private static OptionalInt top(String text) {
        Matcher matcher = TOP.matcher(text);
        if (matcher.find()) {
            String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            Integer number = Lexicon.NUMBER_WORDS.get(value);
            return OptionalInt.of(number != null ? number : Integer.parseInt(value));
        }
        return OptionalInt.empty();
    }

    private static Reading.Measure measure(String text) {
        if (text.matches(".*\\b(how many|number of|count of|how much|total (number|count)|count (my|the|all)|"
                + "what number|tally|count|(commit|commits|repo|repos|repository|repositories|project|projects) total|"
                + "total (commits|repos|repositories|projects)|(what'?s|what is) the (number|count|total)|added up|"
                + "add (them )?up|sum (of|up)|how (busy|active|productive) (was|were|am|have|did) i)\\b.*")
                || text.matches(".*\\b(one|a|single|just the|just a) (big |single |total |rough )?(number|figure|count|total)\\b.*")
                || text.matches("^((my|the) )?(\\d{4} |last month |this year |last year |lifetime |all[- ]time |total |overall )?(commits?|commit count)\\b.*")
                && !text.matches(".*\\b(which|list|show|last \\d+|latest|recent)\\b.*")) {
            return Reading.Measure.COUNT;
        }
        if (text.matches("^(when|what date|on what day|what day did|at what time)\\b.*")) {
            return Reading.Measure.WHEN;
        }
        if (text.matches("(?s)(^|.*[.?!;:,]\\s+)(do|does|did|is|are|have|has|am|any|was|were|can|could|got any)\\b.*")
                && !text.matches(".*\\b(which|what|list|show|name)\\b.*")) {
            return Reading.Measure.EXISTS;
        }
        return Reading.Measure.LIST;
    }

    /** Words that a family may pick up as what the question asks for, in order (for "ignored" notes). */
    static List<String> contentWords(Question question) {
        List<String> content = new ArrayList<>();
        for (String word : question.words()) {
            if (!Lexicon.COMMON.contains(word) && !Lexicon.KEYWORDS.contains(word) && word.length() > 2
                    && !word.matches("\\d+")) {
                content.add(word);
            }
        }
        return content;
    }
}
