package dev.bitofgit.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a question into an intent and entities, deterministically: ordered keyword rules for the intent; repository
 * names matched exactly or within a small edit distance (so typos still find them); languages on word boundaries
 * ("Java" never matches "JavaScript"); technologies, counts, quoted search terms and time ranges.
 */
final class QuestionParser {
    private static final Map<String, String> LANGUAGES = new LinkedHashMap<>();
    private static final Map<String, String> TECHNOLOGIES = new LinkedHashMap<>();

    static {
        for (String language : List.of("Java", "Python", "TypeScript", "JavaScript", "Rust", "Shell", "Kotlin", "Ruby",
                "PHP", "Swift", "Scala", "Go", "C#", "C++", "HTML", "CSS", "Elixir", "Haskell", "Dart", "Lua")) {
            LANGUAGES.put(language.toLowerCase(Locale.ROOT), language);
        }
        LANGUAGES.put("golang", "Go");
        LANGUAGES.put("js", "JavaScript");
        LANGUAGES.put("ts", "TypeScript");
        LANGUAGES.put("bash", "Shell");
        LANGUAGES.put("py", "Python");
        for (String tech : List.of("Spring Boot", "Javalin", "Quarkus", "React", "Vue", "Angular", "Next.js", "Express",
                "Svelte", "NestJS", "Django", "Flask", "FastAPI", "Streamlit", "pandas", "NumPy", "PyTorch", "TensorFlow",
                "Gin", "Echo", "Cobra", "Tokio", "Axum", "Actix Web", "Serde", "Ruby on Rails", "Rails", "Laravel",
                "Symfony", "Maven", "Gradle", "npm", "Cargo", "Hibernate", "SQLAlchemy")) {
            TECHNOLOGIES.put(tech.toLowerCase(Locale.ROOT), tech);
        }
        TECHNOLOGIES.put("spring", "Spring Boot");
        TECHNOLOGIES.put("rails", "Ruby on Rails");
        TECHNOLOGIES.put("nextjs", "Next.js");
        TECHNOLOGIES.put("torch", "PyTorch");
    }

    private record Rule(Intent intent, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Intent.GREETING, "^(hi|hello|hey|hiya|yo|howdy|good (morning|afternoon|evening)|thanks|thank you)\\b[!.\\s]*(there|bitofgit)?[!.\\s]*$"),
            rule(Intent.HELP, "\\b(what can you (do|answer)|help me|^help\\b|how do i use|what (questions|can i ask))"),
            rule(Intent.SEARCH_COMMITS, "\\b(mention(s|ed|ing)?|commits? (about|containing|that (say|mention)|with the word)|search (my )?commits|grep)\\b"),
            rule(Intent.CONTRIBUTORS, "\\b(who else|contributors?|contributes|collaborat\\w*|who (works|worked|has worked|committed|helps))\\b"),
            rule(Intent.STREAK, "\\bstreaks?\\b|\\bconsecutive days\\b|\\bin a row\\b"),
            rule(Intent.WEEKDAY, "\\b(weekday|day of (the )?week|which day|what day|which days)\\b"),
            rule(Intent.HOUR, "\\b(time of (the )?day|what hour|which hour|what time|at night|night owl|early bird)\\b"),
            rule(Intent.STARS, "\\bstar(s|red|gazers)?\\b"),
            rule(Intent.FORKS, "\\bfork(s|ed)?\\b"),
            rule(Intent.ARCHIVED, "\\barchived?\\b"),
            rule(Intent.STALE_REPOS, "\\b(not (touched|worked on|committed to|updated)|haven'?t (touched|worked on|committed to|updated)|inactive|stale|abandoned|neglected|dormant|untouched)\\b"),
            rule(Intent.LAST_COMMITS, "\\b(last|latest|recent|newest|most recent) (\\d+ )?commits\\b|\\bshow (me )?(the |my )?(\\d+ )?(last |latest |recent )?commits\\b|\\bcommit (log|history)\\b"),
            rule(Intent.LAST_COMMIT, "\\b(when did i (last|most recently)|last (time i )?commit(ted)?|latest commit|most recent commit)\\b"),
            rule(Intent.COMMIT_COUNT, "\\b(how many|number of|count of|total) commits\\b|\\bcommit count\\b|\\bhow many times did i commit\\b|\\bhow (much|many) did i commit\\b"),
            rule(Intent.CI, "\\b(ci|cd|ci/cd|continuous (integration|delivery|deployment)|pipelines?|github actions|workflows?|gitlab ci|circleci|travis|jenkins)\\b"),
            rule(Intent.TESTS, "\\b(tests?|tested|testing|unit tests?|test suites?|pytest|junit|jest)\\b"),
            rule(Intent.DOCKER, "\\b(docker\\w*|containers?|containeri[sz]ed|compose)\\b"),
            rule(Intent.LICENSE, "\\blicen[cs]e[sd]?\\b"),
            rule(Intent.GOOD_PRACTICES, "\\b(good|best|solid|strong) (engineering )?practices?\\b|\\bwell[- ]engineered\\b|\\bengineering (practices|quality)\\b|\\b(highest|best|code) quality\\b|\\bbest[- ]maintained\\b"),
            rule(Intent.TECH_STACKS, "\\b(tech(nology)? stacks?|stacks?|frameworks?|technolog(y|ies)|tools do i use|libraries)\\b"),
            rule(Intent.LANGUAGES_MOST, "\\b(languages?|programming languages?)\\b"),
            rule(Intent.MOST_ACTIVE, "\\b(most active|busiest|most (commits|work|worked on)|worked (on )?the most|most time|top (repo|repository|project))\\b"),
            rule(Intent.WORKED_ON, "\\b(work(ed|ing)? on|what did i (do|build|code)|been (up to|doing|working)|busy with|focus(ed)? on|what have i been)\\b"),
            rule(Intent.LIST_REPOS, "\\b(list|show|name|enumerate)( me)?( all)?( of)? my (repos|repositories|projects)\\b|\\b(what|which) (repos|repositories|projects) (do i have|have i got)\\b|\\bwhat are (all )?my (repos|repositories|projects)\\b|\\ball (of )?my (repos|repositories|projects)\\b"),
            rule(Intent.SUMMARY, "\\b(summar(y|ise|ize)|overview|tell me about (my|me)|about me|my (github|profile|account)|profile)\\b"),
            rule(Intent.REPO_ABOUT, "\\b(about|describe|description|purpose|what is|what's|explain|readme)\\b"));

    private static Rule rule(Intent intent, String regex) {
        return new Rule(intent, Pattern.compile(regex));
    }

    private static final Pattern COUNT = Pattern.compile("\\b(?:last|latest|recent|top|first)\\s+(\\d{1,3})\\b|\\b(\\d{1,3})\\s+(?:last|latest|recent|most recent)?\\s*commits\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“'‘`]([^\"”'’`]{1,60})[\"”'’`]");
    private static final Pattern MENTION = Pattern.compile("\\b(?:mention(?:s|ed|ing)?|containing|about|with the word|say|says)\\s+([\\p{L}\\p{N}_.-]{2,40})");
    private static final Pattern SEARCH_FOR = Pattern.compile("\\bsearch (?:my |the )?commits? (?:for|about) ([\\p{L}\\p{N}_.-]{2,40})");
    private static final Pattern README_ABOUT = Pattern.compile("\\b(?:which|what) (?:project|repo|repository)s? (?:is|are) (?:about|for)\\s+(.{2,60}?)[?.!]*$");
    private static final java.util.Set<String> COMMON = java.util.Set.of("what", "which", "when", "show", "tell", "about",
            "repo", "repos", "repository", "repositories", "project", "projects", "commit", "commits", "last", "latest",
            "have", "does", "much", "many", "with", "that", "this", "year", "month", "week", "most", "stars", "forks",
            "tests", "docker", "language", "languages", "github", "summary", "mention", "other", "else", "work");

    private QuestionParser() {
    }

    static ParsedQuestion parse(String question, List<String> repoNames, LocalDate today) {
        String text = normalize(question);
        Intent intent = Intent.UNKNOWN;
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(text).find()) {
                intent = rule.intent();
                break;
            }
        }
        Optional<String> repo = findRepo(text, repoNames);
        Optional<String> language = findLanguage(question, text);
        Optional<String> technology = findTechnology(text);
        Optional<TimeRange> range = TimeRanges.find(text, today);
        OptionalInt count = OptionalInt.empty();
        Matcher counted = COUNT.matcher(text);
        if (counted.find()) {
            count = OptionalInt.of(Integer.parseInt(counted.group(1) != null ? counted.group(1) : counted.group(2)));
        }
        Optional<String> term = searchTerm(question, text, repo);
        Matcher readmeAbout = README_ABOUT.matcher(text);
        boolean latest = text.matches(".*\\b(latest|newest|most recent|last|recent) (project|repo|repository)\\b.*");
        boolean mentionsIt = text.matches(".*\\b(it|that repo|this repo|that one|that project|this project|there)\\b.*");

        // Refinements where a rule alone would pick the wrong intent.
        if (repo.isEmpty() && readmeAbout.find()) {
            intent = Intent.README_SEARCH;
            term = Optional.of(readmeAbout.group(1).trim());
        } else if (text.matches("^(and|what about|how about|and what about|same for|now)\\b.*") && !text.contains("commits")
                && intent == Intent.REPO_ABOUT) {
            intent = Intent.UNKNOWN; // an ellipsis: the conversation supplies the question
        } else if (intent == Intent.REPO_ABOUT && repo.isEmpty() && !mentionsIt && !latest) {
            intent = text.matches(".*\\b(me|my github|my profile|my account)\\b.*") ? Intent.SUMMARY : Intent.UNKNOWN;
        }
        if ((intent == Intent.TECH_STACKS || intent == Intent.LANGUAGES_MOST) && (repo.isPresent() || latest
                || (mentionsIt && !text.contains("most")))) {
            intent = Intent.REPO_STACK;
        }
        if ((intent == Intent.LANGUAGES_MOST || intent == Intent.TECH_STACKS || intent == Intent.UNKNOWN
                || intent == Intent.REPO_ABOUT || intent == Intent.LIST_REPOS) && (language.isPresent() || technology.isPresent())
                && text.matches(".*\\b(use|uses|using|used|written|in|with|have|built|code|coded|projects?|repos?|repositories)\\b.*")) {
            intent = Intent.LANGUAGE_REPOS;
        }
        if (intent == Intent.UNKNOWN && repo.isPresent() && !latest) {
            intent = Intent.REPO_ABOUT;
        }
        boolean yesNo = text.matches("^(do|does|did|is|are|have|has|am|can|any)\\b.*");
        return new ParsedQuestion(intent, repo, language, technology, range, count, term, latest, mentionsIt, yesNo);
    }

    static String normalize(String question) {
        return question.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** The repository named in the question: whole name, name with spaces, or a close misspelling of it. */
    static Optional<String> findRepo(String text, List<String> repoNames) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}_.-]+")) {
            String trimmed = word.replaceAll("^[.-]+|[.-]+$", "");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder joined = new StringBuilder(words.get(i));
            phrases.add(joined.toString());
            for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                joined.append('-').append(words.get(j));
                phrases.add(joined.toString());
            }
        }
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String name : repoNames) {
            String key = name.toLowerCase(Locale.ROOT);
            for (String phrase : phrases) {
                int score;
                if (phrase.equals(key) || phrase.replace("-", "").equals(key.replace("-", "").replace("_", ""))) {
                    score = 0;
                } else if (phrase.length() >= 5 && key.length() >= 5 && !COMMON.contains(phrase)) {
                    int distance = dev.bitofgit.tools.Names.distance(phrase, key);
                    score = distance <= Math.max(1, key.length() / 5) ? distance : Integer.MAX_VALUE;
                } else {
                    continue;
                }
                if (score < bestScore || (score == bestScore && best != null && key.length() > best.length())) {
                    bestScore = score;
                    best = name;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> findLanguage(String original, String text) {
        for (Map.Entry<String, String> entry : LANGUAGES.entrySet()) {
            String key = entry.getKey();
            if (key.equals("go")) {
                if (original.matches(".*\\bGo\\b.*") || text.matches(".*\\b(use|uses|using|in|with|written in|language)\\s+go\\b.*")
                        || text.matches(".*\\bgo (projects?|repos?|repositories|code)\\b.*")) {
                    return Optional.of("Go");
                }
                continue;
            }
            String regex = "(^|[^\\p{L}\\p{N}+#])" + Pattern.quote(key) + "($|[^\\p{L}\\p{N}+#])";
            if (Pattern.compile(regex).matcher(text).find()) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> findTechnology(String text) {
        for (Map.Entry<String, String> entry : TECHNOLOGIES.entrySet()) {
            String regex = "(^|[^\\p{L}\\p{N}])" + Pattern.quote(entry.getKey()) + "($|[^\\p{L}\\p{N}])";
            if (Pattern.compile(regex).matcher(text).find()) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> searchTerm(String original, String text, Optional<String> repo) {
        Matcher quoted = QUOTED.matcher(original);
        if (quoted.find()) {
            return Optional.of(quoted.group(1).trim());
        }
        Matcher searchFor = SEARCH_FOR.matcher(text);
        if (searchFor.find()) {
            return Optional.of(searchFor.group(1));
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            String word = mention.group(1);
            if (repo.map(r -> !r.equalsIgnoreCase(word)).orElse(true) && !word.matches("the|a|an|my|in|of|to")) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }
}
