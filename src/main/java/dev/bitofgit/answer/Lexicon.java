package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the question reader knows: the vocabulary spelling correction snaps typos to, the ordinary English words
 * it must never take for a repository name or "correct", negators, number words and time-zone abbreviations.
 * Languages, technologies and repository names are not here: they come from the store and the signal detector.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Words the reader acts on; a misspelt word within one edit (two for long words) becomes one of these. */
    static final Set<String> KEYWORDS = Set.copyOf(List.of("ancient", "record", "peak", "distinct", "dates", "calendar", "tally", "lifetime", "repo", "repos", "repository", "repositories", "project", "projects",
            "commit", "commits", "committed", "committing", "contributed", "contribution", "contributions", "language",
            "languages", "private", "public", "fork", "forks", "forked", "archived", "archive", "tests", "test",
            "tested", "testing", "untested", "license", "licenses", "licensed", "licence", "licences", "unlicensed",
            "docker", "dockerfile", "dockerized", "container", "containers", "containerized", "pipeline", "pipelines",
            "workflow", "workflows", "continuous", "integration", "deployment", "delivery", "busiest", "busy",
            "active", "activity", "month", "months", "monthly", "weekday", "weekdays", "week", "weeks", "weekend",
            "hour", "hours", "time", "year", "years", "yearly", "streak", "streaks", "consecutive", "oldest",
            "newest", "first", "earliest", "latest", "recent", "recently", "biggest", "largest", "smallest", "lines",
            "added", "deleted", "deletions", "additions", "removed", "changed", "merge", "merges", "merged",
            "collaborator", "collaborators", "contributors", "contributor", "people", "authors", "author",
            "branch", "default", "topics", "topic", "stars", "starred", "star", "created", "mostly", "mainly",
            "primarily", "primary", "written", "using", "uses", "used", "without", "missing", "lacking", "compare",
            "compared", "versus", "between", "more", "fewer", "less", "than", "most", "least", "frequent",
            "frequently", "often", "count", "number", "total", "many", "much", "summary", "overview", "describe",
            "about", "readme", "mention", "mentions", "mentioned", "search", "stack", "stacks", "framework",
            "frameworks", "technologies", "technology", "libraries", "since", "before", "during", "inactive",
            "stale", "abandoned", "untouched", "dormant", "touched", "worked", "working", "work", "github",
            "account", "profile", "quietest", "slowest", "productive", "coding", "code", "wrote", "pushed",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "yesterday",
            "today", "previous", "last", "next", "longest", "shortest", "average", "median", "different", "distinct",
            "unique", "everyone", "everybody", "anyone", "overall", "altogether", "which", "what", "when", "where",
            "show", "list", "tell", "give", "name", "names", "how", "have", "does", "lint", "linter", "linting",
            "formatter", "precommit", "makefile", "documentation", "changelog", "description", "purpose",
            "explain", "forked", "original", "originals", "own", "mine", "zone", "local", "utc", "gmt",
            "morning", "evening", "night", "afternoon", "midnight", "owl", "early", "bird", "nocturnal", "outside",
            "office", "business", "share", "proportion", "fraction", "rate", "cadence", "frequency", "typical",
            "normally", "gap", "gaps", "breaks", "hiatus", "pause", "half", "late", "mid", "quarters", "fortnight",
            "christmas", "xmas", "eve", "halloween", "valentine", "size", "back", "measured", "bytes", "fewest", "changelogs", "contributing", "security", "conduct", "policy", "guidelines", "security.md", "contributing.md", "chiefly", "final", "whens", "co-author", "co-authors", "helps", "majority", "heart", "foremost", "ignoring", "basically", "slack", "above", "below", "favourite", "favorite", "changelog.md", "code_of_conduct.md",
            "branch", "branches", "master", "trunk", "weekends", "timezone", "percentage", "percent",
            "ranking", "rank", "ranked", "top", "dependabot", "bots", "pull", "requests", "issues", "reviews",
            "followers", "following", "gists", "releases", "tags", "deploy", "deployed", "hello", "thanks",
            "help", "please", "actions", "travis", "jenkins", "circleci", "gitlab", "typescript", "javascript",
            "python", "golang", "rust", "kotlin", "swift", "ruby", "scala", "haskell", "elixir", "authored", "authoring",
            "collaborate", "collaborated", "collaborating", "archive", "archives", "readme", "readmes", "person",
            "stopped", "stop", "quit", "write", "writing", "program", "programming", "visible", "hidden", "create",
            "touch", "types", "kinds", "only", "committer", "committers", "contributed", "unique", "never",
            "current", "previous", "anything", "collab", "collabs", "partner", "partners", "buddy", "buddies", "dev",
            "devs", "colleague", "colleagues", "teammate", "teammates", "codebase", "codebases", "push", "pushes", "pushing", "massive", "heaviest", "biggest", "else", "straight",
            // pull requests, reviews and issues (PullRequestFamily, ReviewFamily, IssueFamily)
            "pr", "prs", "request", "reqs", "review", "reviewed", "reviewer", "reviewers", "reviewing", "issue", "tickets", "wait", "waits",
            "waiting", "open", "opened", "closed", "approvals", "approved", "unmerged"));

    /** Words questions use most: on a tie between corrections, these win. */
    static final Set<String> FREQUENT = Set.of("commits", "commit", "lines", "repos", "repo", "repositories",
            "repository", "projects", "project", "language", "languages", "year", "month", "week", "private", "public",
            "tests", "license", "never", "busiest", "first", "last", "latest", "oldest", "newest", "which", "what",
            "many", "most", "stars", "forks", "branch", "people", "default");

    /** Ordinary words: never corrected, and never a repository name unless the question marks it as one. */
    static final Set<String> COMMON = new HashSet<>(List.of("a", "an", "the", "i", "me", "my", "mine", "myself",
            "we", "our", "you", "your", "it", "its", "they", "them", "their", "he", "she", "this", "that", "these",
            "those", "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "doing",
            "have", "has", "had", "having", "get", "got", "gotten", "gets", "make", "made", "makes", "go", "goes",
            "went", "gone", "say", "said", "see", "saw", "seen", "know", "knew", "known", "think", "thought", "want",
            "wanted", "need", "needed", "like", "liked", "look", "looked", "find", "found", "give", "gave", "take",
            "took", "use", "used", "uses", "using", "try", "tried", "call", "called", "keep", "kept", "let", "put",
            "set", "run", "ran", "start", "started", "end", "ended", "spend", "spent", "write", "wrote", "written",
            "build", "built", "ship", "shipped", "push", "pushed", "add", "added", "change", "changed", "fix",
            "fixed", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "about", "into", "onto",
            "over", "under", "up", "down", "out", "off", "since", "until", "till", "before", "after", "during",
            "between", "through", "across", "per", "than", "then", "and", "or", "but", "nor", "so", "yet", "if",
            "because", "as", "while", "though", "although", "not", "no", "yes", "all", "any", "some", "each",
            "every", "both", "either", "neither", "none", "only", "also", "just", "even", "still", "ever", "never",
            "always", "often", "sometimes", "usually", "really", "very", "quite", "pretty", "much", "many", "more",
            "most", "less", "least", "few", "fewer", "lot", "lots", "other", "another", "else", "same", "such",
            "own", "which", "what", "when", "where", "who", "whom", "whose", "why", "how", "there", "here", "now",
            "ago", "again", "once", "twice", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "first", "second", "third", "last", "next", "new", "old", "good", "bad", "best", "worst", "big",
            "small", "long", "short", "high", "low", "great", "little", "able", "sure", "right", "wrong", "thing",
            "things", "stuff", "way", "kind", "sort", "type", "part", "place", "point", "case", "fact", "number",
            "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "today", "tonight",
            "work", "works", "worked", "working", "job", "jobs", "task", "tasks", "project", "projects", "thanks",
            "please", "hey", "hi", "hello", "ok", "okay", "well", "oh", "um", "like", "curious", "wondering",
            "wonder", "quick", "question", "questions", "tell", "show", "list", "give", "let's", "lets", "can",
            "could", "would", "should", "will", "shall", "may", "might", "must", "i'm", "i've", "i'd", "i'll",
            "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't",
            "won't", "can't", "couldn't", "shouldn't", "wouldn't", "what's", "where's", "who's", "that's",
            "there's", "it's", "github", "account", "stuff", "anything", "something", "everything", "nothing",
            "someone", "anyone", "everyone", "nobody", "somebody", "everybody", "people", "person", "team",
            "colleague", "colleagues", "friend", "friends", "boss", "manager", "interview", "review", "resume",
            "portfolio", "prepare", "preparing", "update", "updating", "remind", "figure", "trying", "understand",
            "recall", "remember", "forgot", "forget", "wrap", "roughly", "approximately", "exactly", "overall",
            "currently", "actually", "basically", "probably", "maybe", "perhaps", "recently", "lately", "far",
            "whole", "entire", "full", "total", "plus", "minus", "versus", "vs", "etc", "eg", "ie", "via", "per",
            "across", "among", "within", "against", "along", "around", "behind", "beyond", "near", "toward",
            "towards", "upon", "whether", "which", "whichever", "whatever", "whenever", "wherever", "however",
            "therefore", "otherwise", "instead", "rather", "already", "almost", "enough", "too", "ones", "sorry",
            "main", "mainly", "mostly", "major", "minor", "real", "actual", "active", "busy", "free", "open",
            "closed", "live", "dead", "hot", "cold", "fun", "side", "pet", "toy", "hobby", "personal", "professional",
            "pipeline", "pipelines", "data", "app", "apps", "tool", "tools", "site", "web", "server", "service",
            "services", "api", "client", "game", "notes", "blog", "library", "lib", "core", "common", "utils",
            "config", "docs", "test", "tests", "demo", "example", "examples", "sample", "template", "starter",
            "playground", "sandbox", "scripts", "script", "home", "lab", "queue", "hub", "flags", "feature",
            "features", "checker", "tracker", "analyzer", "generator", "gateway", "operator", "modules", "toolkit",
            "resizer", "shortener", "dashboard", "experiments", "chat", "budget", "weather", "recipe", "image",
            "markdown", "invoice", "sensor", "link", "log", "task", "code", "coding", "coded", "commit", "commits",
            "repo", "repos", "repository", "repositories", "branch", "branches", "main", "master", "dev", "stable"));

    /** Words that turn the next signal, visibility or fork word into its negation. */
    static final Set<String> NEGATORS = Set.copyOf(List.of("no", "not", "without", "lack", "lacks", "lacking", "missing", "don't",
            "dont", "doesn't", "doesnt", "didn't", "didnt", "aren't", "arent", "isn't", "isnt", "haven't", "havent",
            "hasn't", "hasnt", "never", "neither", "nor", "zero", "non", "excluding", "exclude", "except", "minus",
            "w/o", "lacked", "absent", "free", "forget", "forgot", "forgotten", "skipped", "skip", "nothing"));

    /** Words after which a negation no longer holds ("CI but no tests", "without tests but with CI"). */
    static final Set<String> NEGATION_BREAKS = Set.of("but", "yet", "however", "although", "though", "whereas",
            "while", "with", "and have", "that have", "which have");

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("a couple", 2), Map.entry("a few", 3), Map.entry("dozen", 12), Map.entry("twenty", 20));

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("yr", "year"),
            Map.entry("yrs", "years"), Map.entry("r", "are"), Map.entry("u", "you"),
            Map.entry("ur", "your"), Map.entry("w/o", "without"), Map.entry("wo", "without"), Map.entry("b4", "before"),
            Map.entry("mo", "month"), Map.entry("mos", "months"), Map.entry("hr", "hour"), Map.entry("hrs", "hours"),
            Map.entry("wk", "week"), Map.entry("wks", "weeks"), Map.entry("wek", "week"), Map.entry("weks", "weeks"),
            Map.entry("fav", "favourite"), Map.entry("fave", "favourite"), Map.entry("mth", "month"),
            Map.entry("mths", "months"), Map.entry("yday", "yesterday"), Map.entry("tmrw", "tomorrow"), Map.entry("ppl", "people"), Map.entry("lang", "language"),
            Map.entry("langs", "languages"), Map.entry("proj", "project"), Map.entry("projs", "projects"),
            Map.entry("em", "them"), Map.entry("thru", "through"), Map.entry("tho", "though"), Map.entry("cuz", "because"),
            Map.entry("msgs", "messages"), Map.entry("msg", "message"), Map.entry("ya", "you"), Map.entry("n", "and"),
            Map.entry("w/", "with"), Map.entry("abt", "about"), Map.entry("bc", "because"), Map.entry("rn", "now"),
            Map.entry("ive", "i've"), Map.entry("im", "i'm"), Map.entry("didnt", "didn't"), Map.entry("dont", "don't"),
            Map.entry("doesnt", "doesn't"), Map.entry("havent", "haven't"), Map.entry("hasnt", "hasn't"),
            Map.entry("whats", "what's"), Map.entry("wats", "what's"), Map.entry("wat", "what"), Map.entry("wut", "what"),
            Map.entry("tz", "time zone"), Map.entry("els", "else"), Map.entry("repo's", "repos"),
            Map.entry("avg", "average"), Map.entry("ave", "average"), Map.entry("diff", "different"),
            Map.entry("ppls", "people's"), Map.entry("peeps", "people"), Map.entry("prev", "previous"),
            Map.entry("approx", "about"), Map.entry("pct", "percent"), Map.entry("%age", "percentage"),
            Map.entry("tot", "total"), Map.entry("num", "number"), Map.entry("cnt", "count"));

    /** "did i comit more this yr than lst yr" → "… this year than last year": chat shorthand, word by word. */
    private static final String[] DAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday"};
    private static final Pattern DAY_SPAN = Pattern.compile("\\b(mon|tue|tues|wed|thu|"
            + "thur|thurs|fri|sat|sun)(?:day)?s?\\s*(?:-|–|to|through|thru|till|until)\\s*(mon|tue|tues|wed|thu|thur|thurs|"
            + "fri|sat|sun)(?:day)?s?\\b");

    /**
     * Spans of weekdays said as ranges: "Monday to Friday", "mon-fri", "workdays" are weekdays; "Saturday and Sunday"
     * the weekend; "Tuesday through Thursday" each day named ("tuesdays, wednesdays and thursdays").
     */
    static String dayRanges(String lower) {
        lower = lower.replaceAll("\\b(work|working|business) ?days\\b", "weekdays")
                .replaceAll("\\bweek ?days? \\((mon(day)?s?\\s*(-|–|to|through|thru)\\s*fri(day)?s?)\\)", "weekdays");
        Matcher span = DAY_SPAN.matcher(lower);
        StringBuilder out = new StringBuilder();
        while (span.find()) {
            int from = dayIndex(span.group(1));
            int to = dayIndex(span.group(2));
            String replacement;
            if (from == 0 && to == 4) {
                replacement = "weekdays";
            } else if (from == 5 && to == 6) {
                replacement = "weekends";
            } else if (from < to) {
                List<String> days = new ArrayList<>();
                for (int day = from; day <= to; day++) {
                    days.add(DAY_NAMES[day] + "s");
                }
                replacement = String.join(", ", days.subList(0, days.size() - 1)) + " and " + days.get(days.size() - 1);
            } else {
                replacement = span.group();
            }
            span.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        span.appendTail(out);
        return out.toString();
    }

    private static int dayIndex(String abbreviation) {
        for (int i = 0; i < DAY_NAMES.length; i++) {
            if (DAY_NAMES[i].startsWith(abbreviation)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a day: " + abbreviation);
    }

    static String expandAbbreviations(String lower) {
        lower = lower.replaceAll("\\bdocker-compose\\b", "docker compose")
                // short typos the speller leaves alone (it corrects words of four letters or more), where the
                // neighbour says which word was meant: "this yer", "last mnth"
                .replaceAll("\\b(this|last|next|per|a|each|every|that|the) (yer|yaer|yera|eyar)\\b", "$1 year")
                .replaceAll("\\b(\\d+) ?yrs?\\b", "$1 years").replaceAll("\\b(\\d+) ?mos\\b", "$1 months")
                .replaceAll("\\b(\\d+) ?wks?\\b", "$1 weeks")
                .replaceAll("\\b(in|for|over) (?:like|about|around|roughly|almost|nearly|approximately|maybe) (?=(\\d+|a|an|one|two|three|four|five|six) )", "$1 ")
                .replaceAll("\\bnon-?(archived|forks?|forked|private|public)\\b", "not $1")
                .replaceAll("\\b(this|last|next|per|a|each|every|that|the) (mth|mnt|monh)\\b", "$1 month")
                // "a contributing guide", "contribution guidelines": the CONTRIBUTING file, not someone contributing
                .replaceAll("\\bcontribut(?:ing|ion|ions|or|ors)(?: (?:guide|guides|guidelines|file|files|doc|docs|document|"
                        + "instructions|notes)|\\.md)\\b", "contributing.md")
                .replaceAll("\\b(no|without|a|the|any|missing|lack|lacking|lacks) read[ -]me\\b", "$1 readme")
                .replaceAll("\\b(readme|test|tests|license|licence|ci|docker|lint)-?less\\b", "no $1")

                .replaceAll("#\\s*of\\b", "number of").replaceAll("\\bsat\\s*(?:[+&/]|and|n)\\s*sun\\b", "saturday and sunday").replaceAll("\\b1st\\b", "first")
                .replaceAll("\\blst (?=(year|yr|month|mo|week|wk|time|commit))", "last ")
                .replaceAll("\\blst\\b", "list").replaceAll("\\batleast\\b", "at least")
                .replaceAll("\\b(\\d+)\\+ (year|month|week|day)", "$1 $2")
                // "where did she commit the most?": where, of commits and work, is which repository
                .replaceAll("\\bwhere (did|do|does|have|has|had) ([\\p{L}\\p{N}@-]+(?: [\\p{L}\\p{N}-]+)?) (commit|commits|"
                        + "committed|work|works|worked|push|pushes|pushed|contribute|contributes|contributed|code|codes|"
                        + "coded)\\b", "in which repo $1 $2 $3");
        lower = dayRanges(lower);
        StringBuilder out = new StringBuilder();
        Matcher matcher = Regex.of("[\\p{L}\\p{N}'/]+").matcher(lower);
        int last = 0;
        while (matcher.find()) {
            out.append(lower, last, matcher.start());
            String word = matcher.group();
            out.append(ABBREVIATIONS.getOrDefault(word, word));
            last = matcher.end();
        }
        return out.append(lower.substring(last)).toString()
                .replaceAll("\\b(year over year|year-over-year|yoy|y/y)\\b", "this year than last year");
    }

    /**
     * Phrasings of one meaning said in the words the readers know, after spelling is corrected: "the most recent
     * complete month" is last month, "since the year began" this year so far, "my record month" the busiest, "the
     * repository I created before all the others" the oldest.
     */
    static String rephrase(String text) {
        // "how many on a Saturday or a Sunday" counts the weekend; "more on Saturdays or Sundays?" compares them
        if (text.matches(".*\\b(how many|number of|count|share|percentage|percent|proportion|fraction)\\b.*")
                && !text.matches(".*\\b(more|fewer|less|which|compare|compared|vs|versus|than|busier)\\b.*")) {
            text = text.replaceAll("\\b(?:on )?(?:a |the )?saturdays? (?:or|and|&) (?:on )?(?:a |the )?sundays?\\b", "on weekends");
        }
        return text
                .replaceAll("\\b(?:the )?(?:most recent|latest|last|previous|prior|past) (?:complete|completed|full|whole|"
                        + "finished|entire|calendar) (month|year|week)\\b", "last $1")
                .replaceAll("\\b(this|last) calendar (year|month|week)\\b", "$1 $2")
                .replaceAll("\\bsince (?:the )?(?:new )?year (?:began|begun|started|start|kicked off|opened|turned)\\b",
                        "so far this year")
                .replaceAll("\\b(?:record|peak|personal[- ]best|strongest|heaviest|most productive) ((?:commit|committing|coding) )?"
                        + "(day of the week|month|day|week|year|hour|weekday|quarter)\\b", "busiest $1$2")
                .replaceAll("\\b(?:most )?ancient\\b", "oldest")
                .replaceAll("\\b(?:created|made|started|set up) (?:furthest|farthest|longest|way) (?:back|ago)\\b|\\b(?:created|"
                        + "made|started|set up) (?:before|ahead of) (?:all )?(?:the )?(?:others|other ones|rest)\\b", "created first")
                .replaceAll("\\b(?:earliest|oldest|first) creation( date)?\\b", "created first")
                .replaceAll("\\b(?:latest|newest|most recent|last) creation( date)?\\b", "created most recently")
                .replaceAll("\\b(create|created|made|started|set up) (?:last|latest) of (?:all|them all)\\b", "created most recently");
    }

    /** Common zone abbreviations people write, mapped to the IANA zone they usually mean. */
    static final Map<String, String> ZONES = Map.ofEntries(Map.entry("utc", "UTC"), Map.entry("gmt", "UTC"),
            Map.entry("cet", "Europe/Paris"), Map.entry("cest", "Europe/Paris"), Map.entry("bst", "Europe/London"),
            Map.entry("pst", "America/Los_Angeles"), Map.entry("pdt", "America/Los_Angeles"),
            Map.entry("pt", "America/Los_Angeles"), Map.entry("est", "America/New_York"),
            Map.entry("edt", "America/New_York"), Map.entry("et", "America/New_York"),
            Map.entry("cst", "America/Chicago"), Map.entry("cdt", "America/Chicago"),
            Map.entry("mst", "America/Denver"), Map.entry("mdt", "America/Denver"), Map.entry("ist", "Asia/Kolkata"),
            Map.entry("jst", "Asia/Tokyo"), Map.entry("aest", "Australia/Sydney"), Map.entry("eet", "Europe/Athens"),
            Map.entry("wet", "Europe/Lisbon"));
}
