package dev.bitofgit.answer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
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

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("golang", "Go"),
            Map.entry("js", "JavaScript"), Map.entry("ts", "TypeScript"), Map.entry("bash", "Shell"),
            Map.entry("py", "Python"), Map.entry("spring", "Spring Boot"), Map.entry("rails", "Ruby on Rails"),
            Map.entry("nextjs", "Next.js"), Map.entry("torch", "PyTorch"), Map.entry("postgres", "PostgreSQL"),
            Map.entry("k8s", "Kubernetes"), Map.entry("node", "Node.js"), Map.entry("nodejs", "Node.js"),
            Map.entry("reactjs", "React"), Map.entry("vuejs", "Vue"), Map.entry("csharp", "C#"),
            Map.entry("cpp", "C++"));
    private static final Map<String, Reading.Signal> SIGNAL_WORDS = signalWords();
    private static final Pattern QUOTED = Pattern.compile("[\"“`]([^\"”`]{1,60})[\"”`]|(?<![\\p{L}])['‘]([^'’]{1,60})['’](?![\\p{L}])");
    private static final Pattern TOP = Pattern.compile("\\b(?:top|first|last|latest|recent|best|biggest|largest|"
            + "busiest)\\s+(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\\b(?!\\s+(?:days?|weeks?|months?|"
            + "years?|hours?))|\\b(\\d{1,3}|two|three|four|"
            + "five|six|seven|eight|nine|ten)\\s+(?:most|least|biggest|largest|busiest|latest|last|recent|newest|"
            + "oldest|top|repos|repositories|projects|commits|languages|people|collaborators)\\b");
    private static final Pattern SEARCH_FOR = Pattern.compile("\\bsearch (?:my |the |through )?(?:commits?|commit "
            + "messages|history) (?:for|about) ([\\p{L}\\p{N}_.-]{2,40})");
    private static final Pattern MENTION = Pattern.compile("\\b(?:mention(?:s|ed|ing)?|containing|contain|with the "
            + "words?|say|says|said|messages? (?:about|with)|refer(?:s|red|ring)? to|referencing|reference|regarding|"
            + "related to|involving|commits? about)\\s+([\\p{L}\\p{N}_.#+-]{2,40})");
    /** A change named by its verb: "commits that fixed X", "did I add X", "when have I removed X". */
    private static final Pattern CHANGE = Pattern.compile("\\b(?:commits?|changes?|that|which|where|i|did i|have i|"
            + "i've)\\s+(?:ever |once |already |recently |first |last )?(fix|add|remove|drop|update|bump|upgrade|implement|introduce|rename|migrate|refactor|revert|"
            + "delete|disable|enable)(?:ed|d|s|es|ing)?\\b");
    private static final Pattern KIND_WORD = Pattern.compile("\\b(revert|release|hotfix|wip|typo)s? commits?\\b");
    private static final Pattern ZONE_ID = Pattern.compile("\\b([A-Z][A-Za-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\\b");
    private static final Pattern OFFSET = Pattern.compile("\\b(?:utc|gmt)\\s*([+-]\\s*\\d{1,2})(?::?(\\d{2}))?\\b");
    private static final Pattern INACTIVE_FOR = Pattern.compile("\\b(?:for|in|over)\\s+(?:over|more than|at least)?\\s*"
            + "(a|an|one|two|three|four|five|six|eight|nine|ten|twelve|eighteen|\\d{1,2})\\+?\\s+(year|month|week|day)s?\\b");
    private static final Pattern INACTIVE_WORDS = Pattern.compile("\\b(no (new )?commits?|not (been )?(committed|"
            + "touched|worked on|updated|pushed|active)|(haven'?t|hasn'?t|didn'?t|havent|hasnt|didnt|never) ("
            + "committed|touched|worked|updated|pushed|been)|inactive|stale|abandoned|untouched|dormant|neglected|"
            + "no activity|zero commits|0 commits|(lacking|missing|lacks) (a |any )?(new |single )?commits?|without (a |any )?(new |single )?commits?|(no one|nobody|noone) (has )?("
            + "committed|touched|pushed|worked)|not (a single|one) commit|nothing (committed|pushed)|gone quiet|went quiet|no work|(haven'?t|hasn'?t|havent|hasnt|not) ("
            + "seen|had|gotten|received|got) (a |any )?(new )?(commits?|activity|updates?|push(es)?|changes)|stopp?(ed)? (committing|working|"
            + "pushing|touching|updating|contributing)|quit (working|committing)|gave up on|give up on|left alone)\\b");

    private QuestionReader() {
    }

    static Question question(String text, Vocabulary vocabulary) {
        Set<String> known = new HashSet<>(Lexicon.KEYWORDS);
        vocabulary.repos().forEach(name -> known.add(name.toLowerCase(Locale.ROOT)));
        vocabulary.languages().forEach(language -> known.add(language.toLowerCase(Locale.ROOT)));
        vocabulary.technologies().forEach(tech -> known.add(tech.toLowerCase(Locale.ROOT)));
        known.addAll(vocabulary.personWords());
        CITIES.keySet().stream().filter(city -> !city.contains(" ")).forEach(known::add);
        return Question.of(text, known);
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
        Optional<String> language = language(question.original(), text, vocabulary.languages())
                .or(() -> question == whole ? Optional.empty() : language(whole.original(), whole.text(), vocabulary.languages()));
        String languageText = question == whole || language(question.original(), text, vocabulary.languages()).isPresent()
                ? text : whole.text();
        Optional<String> namedTechnology = technology(question.original(), text, vocabulary.technologies())
                .or(() -> question == whole ? Optional.empty()
                        : technology(whole.original(), whole.text(), vocabulary.technologies()))
                .filter(tech -> language.map(l -> !l.equalsIgnoreCase(tech)).orElse(true));
        boolean namesTheRepos = language.isPresent() && Pattern.compile("\\b" + Pattern.quote(language.get()
                .toLowerCase(Locale.ROOT)) + "\\s+(repos?|repositories|projects?|codebases?|apps?)\\b|\\b(repos?|"
                + "repositories|projects?|codebases?) (in|of) " + Pattern.quote(language.get().toLowerCase(Locale.ROOT))
                + "\\b").matcher(languageText).find() && !Pattern.compile("\\b(use|uses|using|used|contain|contains|"
                + "containing|with|some|any|include|includes|including|touch|touches|bit of|little)\\b")
                .matcher(languageText).find();
        boolean primary = language.isPresent() && namesTheRepos || language.isPresent() && Pattern.compile("\\b(main|mainly|mostly|primarily|primary|"
                + "predominantly|chiefly|largely|majority|principal|dominant|top language|main lang|first language|"
                + "first and foremost|(basically|mostly|almost|nearly|essentially) (all|entirely|only|just|pure)|at heart|"
                + "at (its|their) core|through and through|above all|pure|purely|100%|"
                + "biggest language|largest language|most of the code|most code|largest share|bulk of|most bytes|"
                + "as (their|its) language|listed as|marked as|tagged as|badge|github (shows|lists|displays|labels)|"
                + "(shown|listed|labell?ed) by github|[a-z#+]+-based|"
                + "labell?ed as|classified as|shown as|heavy|[a-z#+]+-first|written (mostly |mainly |primarily )?in|"
                + "coded (mostly |mainly )?in)\\b").matcher(languageText).find()
                && !Pattern.compile("\\b(not|isn't|is not|aren't|even if|even when|doesn't|don't|no matter|"
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
        polarities(words, consumed, signals, flags);
        if (signals.isEmpty() && question != whole && text.matches(".*\\b(one|it|them|any)\\b.*")
                && words.stream().anyMatch(w -> Lexicon.NEGATORS.contains(w) || w.endsWith("n't"))) {
            // "… start with the README. Which projects don't have one?": the context names what is missing.
            for (String word : whole.words()) {
                Reading.Signal named = SIGNAL_WORDS.get(word);
                if (named != null) {
                    signals.put(named, false);
                    break;
                }
            }
        }
        // "Docker" is the signal, not a second filter on the same thing.
        Optional<String> technology = namedTechnology.filter(tech -> !SIGNAL_WORDS.containsKey(tech.toLowerCase(Locale.ROOT))
                || !signals.containsKey(SIGNAL_WORDS.get(tech.toLowerCase(Locale.ROOT))));
        if (text.matches(".*\\b(been forked|forked (\\d+|\\w+ times|at least|more than|over|the most)|times forked|how many "
                + "times|total forks|forks (total|in total)|most forks|most forked|forks? (across|in total|altogether))\\b.*") || text.matches(".*\\b(\\d+|no|zero) forks\\b.*")) {
            flags.remove("fork"); // how often others forked it, not whether it is a fork
        }
        Optional<Reading.Zone> zone = zone(question.original(), text)
                .or(() -> question == whole ? Optional.empty() : zone(whole.original(), whole.text()));
        String periodText = zone.isPresent() ? text.replaceAll("\\b(utc|gmt)\\b", " ") : text;
        String wholePeriodText = zone.isPresent() ? whole.text().replaceAll("\\b(utc|gmt)\\b", " ") : whole.text();
        // A period in the context counts only when the question points back to it ("that year", "since then").
        boolean pointsBack = question != whole && text.matches(".*\\b(that (year|month|week|time|period|day)|then|"
                + "back then|at the time|during it|during that|those (years|months))\\b.*");
        Optional<TimeRange> context = pointsBack ? TimeRanges.find(wholePeriodText.replace(periodText, ""), today)
                : Optional.empty();
        Optional<Reading.Inactivity> inactive = inactivity(periodText, today);
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
        Optional<Boolean> own = whole.text().matches(".*\\b(only|just|solely|exclusively) (my|mine|me)\\b.*|.*\\bmy own "
                + "(commits?|work|changes)\\b.*|.*\\bonly mine\\b.*") ? Optional.of(true) : own(text, words)
                .or(() -> question == whole ? Optional.empty() : own(whole.text(), whole.words()));
        return new Reading(text, Set.copyOf(words), repos, language, primary, technology, signals,
                Optional.ofNullable(flags.get("private")), Optional.ofNullable(flags.get("fork")),
                Optional.ofNullable(flags.get("archived")), period, periods, inactive, zone, own,
                top(text), measure(text), term(question.original(), question.text(), repos), whole.corrections(),
                repos.isEmpty() ? RepoMentions.unknown(words, consumed, vocabulary).or(() -> question == whole
                        || !text.matches(".*\\b(it|its|that (repo|repository|project|codebase)|the (repo|repository|"
                        + "project|codebase))\\b.*") ? Optional.empty()
                        : RepoMentions.unknown(whole.words(), Set.of(), vocabulary, true)) : Optional.empty(),
                person(question.original(), text, vocabulary, repos),
                // "without tests or CI" is neither, not either: a negated signal keeps the plain reading.
                signals.containsValue(false) ? List.of() : alternatives(question.original(), text, vocabulary),
                Optional.empty());
    }

    private static final String FILLER = "(\\s*(more|my|in|with|the|some|any|using|use|written in|on|built on|built with|"
            + "either|repos?|repositories|projects?|code|stuff|commits|apps?)\\b)*";
    private static final Pattern BETWEEN_ALTERNATIVES = Pattern.compile("^" + FILLER + "[\\s,]*(or|and/or|/|vs\\.?|"
            + "versus|,)[\\s,]*" + FILLER + "\\s*$");

    /**
     * "Django or Flask", "either Go or Rust", "Python repositories or more Java repositories", "Docker or
     * Kubernetes": two or more languages, technologies or signals joined by "or", in the order written.
     */
    private record Found(int start, int end, Reading.Alternative alternative) {
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

    private static List<Reading.Alternative> alternatives(String original, String text, Vocabulary vocabulary) {
        List<Found> found = new ArrayList<>();
        BiConsumer<String, Reading.Alternative> add = (key, alternative) -> {
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}+#])" + Pattern.quote(key) + "(?![\\p{L}\\p{N}+#])")
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
            if (!SIGNAL_WORDS.containsKey(key) && (key.length() > 2 && !key.equals("go")
                    || language(original, text, Set.of(language)).isPresent())) {
                add.accept(key, new Reading.Alternative(language, "language", language));
            }
        });
        ALIASES.forEach((alias, name) -> {
            if (vocabulary.languages().contains(name)) {
                add.accept(alias, new Reading.Alternative(name, "language", name));
            } else if (vocabulary.technologies().contains(name)) {
                add.accept(alias, new Reading.Alternative(name, "tech_stack", name));
            }
        });
        vocabulary.technologies().forEach(tech -> {
            String key = tech.toLowerCase(Locale.ROOT);
            if (!SIGNAL_WORDS.containsKey(key) && technology(original, text, Set.of(tech)).isPresent()) {
                add.accept(key, new Reading.Alternative(tech, "tech_stack", tech));
            }
        });
        SIGNAL_WORDS.forEach((word, signal) -> add.accept(word, new Reading.Alternative(signal.label.replaceFirst("^a ",
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

    /**
     * The person a question names, by login ("hubot", "@monalisa"), full name ("Mona Lisa") or a first or last
     * name only one of the people has and that is no repository, language or technology ("Ada", "Linus"): their
     * login, else their name as the commits write it.
     */
    static Optional<String> person(String original, String text, Vocabulary vocabulary, List<String> repos) {
        Set<String> taken = new HashSet<>();
        repos.forEach(repo -> taken.add(repo.toLowerCase(Locale.ROOT)));
        vocabulary.languages().forEach(language -> taken.add(language.toLowerCase(Locale.ROOT)));
        vocabulary.technologies().forEach(tech -> taken.add(tech.toLowerCase(Locale.ROOT)));
        Map<String, Integer> partOwners = new HashMap<>();
        for (Person person : vocabulary.people()) {
            for (String part : new HashSet<>(List.of(person.name().toLowerCase(Locale.ROOT).split("\\s+")))) {
                partOwners.merge(part, 1, Integer::sum);
            }
        }
        for (Person person : vocabulary.people()) {
            String id = person.login().orElse(person.name());
            String name = person.name().toLowerCase(Locale.ROOT);
            if (person.login().map(login -> word(text, login.toLowerCase(Locale.ROOT))
                    && !taken.contains(login.toLowerCase(Locale.ROOT))).orElse(false)
                    || name.contains(" ") && text.contains(name)) {
                return Optional.of(id);
            }
        }
        for (Person person : vocabulary.people()) {
            for (String part : person.name().split("\\s+")) {
                String key = part.toLowerCase(Locale.ROOT);
                // A lone first or last name counts when it is capitalised as a name, or no English word.
                boolean named = original.matches("(?s).*\\b" + Pattern.quote(part) + "\\b.*")
                        || !EnglishWords.contains(key) && !Lexicon.KEYWORDS.contains(key);
                if (key.length() >= 3 && partOwners.get(key) == 1 && !taken.contains(key) && word(text, key) && named
                        && !Lexicon.COMMON.contains(key)) {
                    return Optional.of(person.login().orElse(person.name()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Signals, visibility, forks and archived, each with its polarity: a negator ("no", "without", "don't have")
     * flips the words after it until a break ("but", "with") or a few words without one; "or"/"and"/"nor" keep it.
     */
    private static void polarities(List<String> words, Set<Integer> consumed, Map<Reading.Signal, Boolean> signals,
                                   Map<String, Boolean> flags) {
        boolean negated = false;
        int sinceNegator = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (Lexicon.NEGATORS.contains(word) || word.endsWith("n't")) {
                negated = true;
                sinceNegator = 0;
                continue;
            }
            if (word.equals("but") || word.equals("yet") || word.equals("however") || word.equals("with")
                    || word.equals("although") || word.equals("whereas") || word.equals("while")) {
                negated = false;
                continue;
            }
            if (!Lexicon.COMMON.contains(word) && !Plain.WORDS.contains(word)) {
                sinceNegator++; // only content words move the negation's reach along
            }
            if (negated && sinceNegator > 4) {
                negated = false;
            }
            if (consumed.contains(i)) {
                continue;
            }
            Reading.Signal signal = SIGNAL_WORDS.get(word);
            if (signal != null && !(word.equals("actions") && (i == 0 || !words.get(i - 1).equals("github")))) {
                boolean inherentlyNegative = word.startsWith("un");
                signals.putIfAbsent(signal, negated == inherentlyNegative);
                sinceNegator = 0;
                continue;
            }
            switch (word) {
                case "private", "closed-source" -> flags.putIfAbsent("private", !negated);
                case "public", "open-source" -> flags.putIfAbsent("private", negated);
                case "fork", "forks", "forked" -> flags.putIfAbsent("fork", !negated);
                case "original", "originals" -> flags.putIfAbsent("fork", false);
                case "archived", "archive", "archives" -> flags.putIfAbsent("archived", !negated);
                case "unarchived" -> flags.putIfAbsent("archived", false);
                default -> {
                    continue;
                }
            }
            sinceNegator = 0;
        }
    }

    private static Map<String, Reading.Signal> signalWords() {
        Map<String, Reading.Signal> map = new HashMap<>();
        for (String word : List.of("ci", "ci/cd", "pipeline", "pipelines", "workflow", "workflows", "actions",
                "circleci", "travis", "jenkins", "cicd", "continuous")) {
            map.put(word, Reading.Signal.CI);
        }
        for (String word : List.of("test", "tests", "tested", "testing", "untested", "specs", "pytest", "jest",
                "junit", "vitest", "rspec")) {
            map.put(word, Reading.Signal.TESTS);
        }
        for (String word : List.of("docker", "dockerfile", "dockerfiles", "dockerized", "dockerised", "container",
                "containers", "containerized", "containerised", "compose")) {
            map.put(word, Reading.Signal.DOCKER);
        }
        for (String word : List.of("license", "licenses", "licensed", "licence", "licences", "licenced",
                "unlicensed", "unlicenced")) {
            map.put(word, Reading.Signal.LICENSE);
        }
        for (String word : List.of("makefile", "makefiles")) {
            map.put(word, Reading.Signal.MAKEFILE);
        }
        for (String word : List.of("changelog", "changelogs", "changelog.md", "changes.md", "history.md")) {
            map.put(word, Reading.Signal.CHANGELOG);
        }
        for (String word : List.of("contributing.md", "guidelines")) {
            map.put(word, Reading.Signal.CONTRIBUTING);
        }
        for (String word : List.of("security.md", "policy")) {
            map.put(word, Reading.Signal.SECURITY);
        }
        for (String word : List.of("conduct", "code_of_conduct.md", "coc")) {
            map.put(word, Reading.Signal.CODE_OF_CONDUCT);
        }
        for (String word : List.of("readme", "readmes", "read-me")) {
            map.put(word, Reading.Signal.README);
        }
        for (String word : List.of("lint", "linter", "linters", "linting", "eslint", "prettier", "formatter",
                "rubocop", "ruff", "flake8", "linted")) {
            map.put(word, Reading.Signal.LINT);
        }
        return Map.copyOf(map);
    }

    private static Optional<String> language(String original, String text, Set<String> languages) {
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            if (languages.contains(alias.getValue()) && word(text, alias.getKey())) {
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
            if (SIGNAL_WORDS.containsKey(key)) {
                continue; // "Dockerfile", "Makefile": the signal, not GitHub's language of that name
            }
            if (word(text, key) && (best == null || key.length() > best.length())) {
                best = language;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> technology(String original, String text, Set<String> technologies) {
        String best = null;
        for (String tech : technologies) {
            String key = tech.toLowerCase(Locale.ROOT);
            if (word(text, key) && (best == null || key.length() > best.length()) && meant(original, text, key, tech)) {
                best = tech;
            }
        }
        if (best == null) {
            for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
                if (technologies.contains(alias.getValue()) && word(text, alias.getKey())
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

    static boolean isSignalWord(String word) {
        return SIGNAL_WORDS.containsKey(word);
    }

    static boolean word(String text, String key) {
        return Pattern.compile("(^|[^\\p{L}\\p{N}+#])" + Pattern.quote(key) + "($|[^\\p{L}\\p{N}+#])").matcher(text)
                .find();
    }

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

    private static Optional<Reading.Zone> zone(String original, String text) {
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
            if (word(text, abbreviation.getKey()) && (abbreviation.getKey().length() > 2
                    || text.matches(".*\\b(in|at)\\s+" + abbreviation.getKey() + "\\b.*"))) {
                String id2 = abbreviation.getValue();
                return Optional.of(new Reading.Zone(id2, id2.equals("UTC") ? "UTC"
                        : abbreviation.getKey().toUpperCase(Locale.ROOT) + " (" + id2 + ")"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Reading.Inactivity> inactivity(String text, LocalDate today) {
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
            return Optional.of(new Reading.Inactivity(since.get().since(), "no commit since "
                    + since.get().since()));
        }
        // "inactive", "abandoned" with no span: a year, said in the answer.
        LocalDate before = today.minusYears(1).plusDays(1);
        return Optional.of(new Reading.Inactivity(before, "no commit in the last year (none since " + before + ")"));
    }

    /** Explicitly the user's own commits, or explicitly everyone's; empty when the question does not say. */
    private static Optional<Boolean> own(String text, List<String> words) {
        if (text.matches(".*\\b(only|just|solely|exclusively) (my|mine|me|by me)\\b.*|.*\\bmy own\\b.*|.*\\bonly mine\\b.*")) {
            return Optional.of(true);
        }
        if (text.matches(".*\\b(everyone|everybody|anyone|anybody|all (the )?(authors|contributors|people|committers)|"
                + "by all|including others|everyone's|by anyone|other people|others|whole team|all of us)\\b.*")) {
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
                || text.matches("^((my|the) )?(\\d{4} |last month |this year |last year )?(commits?|commit count)\\b.*")
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

    private static Optional<String> term(String original, String text, List<String> repos) {
        Matcher quoted = QUOTED.matcher(original);
        while (quoted.find()) {
            String value = (quoted.group(1) != null ? quoted.group(1) : quoted.group(2)).trim();
            if (repos.stream().noneMatch(repo -> repo.equalsIgnoreCase(value)) && value.length() >= 2
                    && !value.matches("(?i)s|t|ve|re|ll|d|m")) {
                return Optional.of(value);
            }
        }
        Matcher searchFor = SEARCH_FOR.matcher(text);
        if (searchFor.find()) {
            return Optional.of(searchFor.group(1));
        }
        Matcher kind = KIND_WORD.matcher(text);
        if (kind.find()) {
            return Optional.of(kind.group(1)); // "show me my revert commits": the messages that say so
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            Optional<String> phrase = phrase(text.substring(mention.start(1)), repos);
            if (phrase.isPresent()) {
                return phrase;
            }
        }
        // "commits that fixed the login bug", "did I add dark mode": the change a message would name, verb included
        // (the search stems it, so "fix" finds "fixed" and "fixes").
        Matcher change = CHANGE.matcher(text);
        while (change.find()) {
            Optional<String> phrase = phrase(text.substring(change.end()), repos);
            if (phrase.isPresent()) {
                return Optional.of(change.group(1) + " " + phrase.get());
            }
        }
        return Optional.empty();
    }

    /** Words that end a searched phrase: times, places, joins and the rest of the sentence. */
    private static final Set<String> PHRASE_ENDS = Set.of("in", "on", "at", "during", "since",
            "before", "after", "from", "last", "this", "by", "and", "or", "for", "over", "to", "with", "between", "until",
            "ever", "yet", "so", "recently", "lately", "today", "yesterday", "across", "into", "of", "did", "do", "does",
            "have", "has", "had", "i", "is", "are", "was", "were", "when", "where", "which", "that", "how", "what",
            "most", "more", "than", "first", "latest", "anywhere", "any", "all", "only", "commits", "commit");
    /** Generic nouns after the thing itself: "the login bug" searches "login". */
    private static final Set<String> GENERIC = Set.of("bug", "bugs", "issue", "issues", "problem",
            "problems", "stuff", "things", "thing", "feature", "features", "change", "changes", "support", "word",
            "words", "term", "message", "messages");

    /** Up to four words of what to search, after a leading article; empty when nothing specific is left. */
    private static Optional<String> phrase(String rest, List<String> repos) {
        List<String> words = new ArrayList<>();
        for (String word : rest.split("[^\\p{L}\\p{N}_.+#-]+")) {
            String w = word.replaceAll("^[.-]+|[.-]+$", "");
            if (w.isEmpty()) {
                if (!words.isEmpty()) {
                    break;
                }
                continue;
            }
            if (words.isEmpty() && w.matches("the|a|an|my|our|any|some|their|its")) {
                continue;
            }
            if (PHRASE_ENDS.contains(w) || w.matches("\\d{4}") || repos.stream().anyMatch(repo -> repo.equalsIgnoreCase(w))
                    || words.size() == 4) {
                break;
            }
            words.add(w);
        }
        while (!words.isEmpty() && GENERIC.contains(words.get(words.size() - 1)) && words.size() > 1) {
            words.remove(words.size() - 1);
        }
        String phrase = String.join(" ", words);
        return phrase.length() < 2 || phrase.matches("something|anything|it|them|that|this|stuff|things|bugs?|issues?|"
                + "problems?|features?|changes?|more|much|lots?|many") ? Optional.empty() : Optional.of(phrase);
    }

    static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
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
