package dev.bitofgit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoIssue;
import dev.bitofgit.demo.DemoPullRequest;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoReview;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GitHub API stand-in: a real HTTP server on a random loopback port that serves generated accounts with GitHub's
 * JSON shapes, Link pagination, ETags and 304s, X-RateLimit-* headers with exhaustion and reset, secondary limits,
 * injected 5xx and hung responses, and a GraphQL endpoint executing queries against GitHub's real schema.
 * Every REST path is checked against GitHub's REST description; every GraphQL query is validated by graphql-java.
 * Serves both github.com paths (/…, /graphql) and GitHub Enterprise paths (/api/v3/…, /api/graphql).
 */
public final class GitHubStandIn implements AutoCloseable {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static volatile GraphQLSchema schema;

    /**
     * A token every stand-in accepts, of the account {@value #READER_LOGIN} (a fine-grained token with no permissions,
     * as the README tells a user to make): ingesting anyone else with it reads their public data only.
     */
    public static final String READER_TOKEN = "github_pat_public_reader";
    public static final String READER_LOGIN = "public-reader";

    /** One request as the stand-in saw it. */
    public record Seen(String method, String path, int status, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, DemoAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final GraphQL graphql;
    private final Random faults = new Random(42);
    private volatile long latencyMillis;
    private volatile double failRate;
    private volatile double hangRate;
    private volatile long hangMillis = 5_000;
    private final AtomicInteger rateLimit = new AtomicInteger(5_000);
    private final AtomicInteger remaining = new AtomicInteger(5_000);
    private volatile long resetEpoch = Instant.now().getEpochSecond() + 3_600;
    private volatile long resetWindowSeconds = 3_600;
    private final AtomicInteger secondaryLimited = new AtomicInteger();
    private final AtomicInteger failNextRequests = new AtomicInteger();

    public GitHubStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        // Parsed and validated documents are cached: BitofGit sends the same few query shapes again and again.
        Map<String, graphql.execution.preparsed.PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();
        graphql = GraphQL.newGraphQL(schema())
                .preparsedDocumentProvider((input, parseAndValidate) -> java.util.concurrent.CompletableFuture
                        .completedFuture(documents.computeIfAbsent(input.getQuery(), key -> parseAndValidate.apply(input))))
                .build();
        server.start();
        account(dev.bitofgit.demo.DemoAccountGenerator.generate(new dev.bitofgit.demo.DemoSpec(READER_LOGIN, 7, 1, 1, 1,
                java.time.LocalDate.of(2026, 1, 1))));
        token(READER_TOKEN, READER_LOGIN);
    }

    // ------------------------------------------------------------------ configuration

    public GitHubStandIn account(DemoAccount account) {
        accounts.put(account.login().toLowerCase(Locale.ROOT), account);
        return this;
    }

    public GitHubStandIn token(String token, String login) {
        tokens.put(token, login);
        return this;
    }

    public DemoAccount account(String login) {
        return accounts.get(login.toLowerCase(Locale.ROOT));
    }

    public GitHubStandIn latency(long millis) {
        latencyMillis = millis;
        return this;
    }

    /** Fraction of requests answered 502 (deterministic sequence). */
    public GitHubStandIn failRate(double rate) {
        failRate = rate;
        return this;
    }

    /** Fraction of requests that hang for {@code millis} before answering (longer than the client's timeout). */
    public GitHubStandIn hangRate(double rate, long millis) {
        hangRate = rate;
        hangMillis = millis;
        return this;
    }

    /** The primary rate limit: {@code remaining} requests left, refilled {@code windowSeconds} after exhaustion. */
    public GitHubStandIn rateLimit(int limit, int remainingNow, long windowSeconds) {
        rateLimit.set(limit);
        remaining.set(remainingNow);
        resetWindowSeconds = windowSeconds;
        resetEpoch = Instant.now().getEpochSecond() + windowSeconds;
        return this;
    }

    /** The next {@code count} requests get a secondary-limit 403 with Retry-After: 1. */
    public GitHubStandIn secondaryLimit(int count) {
        secondaryLimited.set(count);
        return this;
    }

    public GitHubStandIn failNext(int count) {
        failNextRequests.set(count);
        return this;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String graphqlUrl() {
        return apiUrl() + "/graphql";
    }

    public String enterpriseApiUrl() {
        return apiUrl() + "/api/v3";
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    public void clearRequests() {
        seen.clear();
    }

    /** Requests that did not match GitHub's published API; a correct client leaves this empty. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    // ------------------------------------------------------------------ HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            sleep(latencyMillis);
            inFlight.set(new Seen(method, path, 0, headers));
            answer(exchange, method, path, uri.getRawQuery(), headers);
        } finally {
            inFlight.remove();
        }
    }

    /** The request being answered; {@link #send} records it before the client can see the answer. */
    private final ThreadLocal<Seen> inFlight = new ThreadLocal<>();

    private int answer(HttpExchange exchange, String method, String rawPath, String query, Map<String, String> headers)
            throws IOException {
        boolean enterprise = rawPath.startsWith("/api/");
        String path = enterprise ? rawPath.replaceFirst("^/api/v3", "").replaceFirst("^/api/graphql$", "/graphql") : rawPath;
        checkHeaders(headers);
        Optional<String> viewer = viewer(headers);
        if (headers.containsKey("authorization") && viewer.isEmpty()) {
            return send(exchange, 401, json(Map.of("message", "Bad credentials",
                    "documentation_url", "https://docs.github.com/rest")), Map.of(), false);
        }
        if (failNextRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || chance(failRate)) {
            return send(exchange, 502, json(Map.of("message", "Server Error")), Map.of(), false);
        }
        if (chance(hangRate)) {
            sleep(hangMillis);
        }
        if (secondaryLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return send(exchange, 403, json(Map.of("message",
                    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")),
                    Map.of("Retry-After", "1"), false);
        }
        long now = Instant.now().getEpochSecond();
        if (now >= resetEpoch) {
            remaining.set(rateLimit.get());
            resetEpoch = now + resetWindowSeconds;
        }
        if (remaining.get() <= 0) {
            return send(exchange, 403, json(Map.of("message", "API rate limit exceeded for user.")),
                    Map.of(), true);
        }
        if (method.equals("POST") && path.equals("/graphql")) {
            if (viewer.isEmpty()) {
                // GitHub's GraphQL API needs a token even for public data.
                return send(exchange, 401, json(Map.of("message", "This endpoint requires you to be authenticated.",
                        "documentation_url", "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql")),
                        Map.of(), false);
            }
            remaining.decrementAndGet();
            return send(exchange, 200, graphqlResponse(exchange, viewer), Map.of(), true);
        }
        if (!method.equals("GET")) {
            return send(exchange, 404, json(Map.of("message", "Not Found")), Map.of(), true);
        }
        if (!GitHubSchemas.restPathExists(path)) {
            violations.add("GET " + path + " is not in GitHub's REST API description");
        }
        Response response = rest(path, query == null ? "" : query, viewer, enterprise);
        if (response.status == 200) {
            String etag = "W/\"" + sha1(response.body) + "\"";
            Map<String, String> extra = new LinkedHashMap<>(response.headers);
            extra.put("ETag", etag);
            if (etag.equals(headers.get("if-none-match"))) {
                return send(exchange, 304, "", extra, true); // 304s do not count against the rate limit
            }
            remaining.decrementAndGet();
            return send(exchange, 200, response.body, extra, true);
        }
        remaining.decrementAndGet();
        return send(exchange, response.status, response.body, response.headers, true);
    }

    private void checkHeaders(Map<String, String> headers) {
        if (!headers.containsKey("user-agent")) {
            violations.add("request without User-Agent (GitHub rejects those)");
        }
        if (!"application/vnd.github+json".equals(headers.get("accept"))) {
            violations.add("Accept was " + headers.get("accept") + ", expected application/vnd.github+json");
        }
        if (!"2022-11-28".equals(headers.get("x-github-api-version"))) {
            violations.add("X-GitHub-Api-Version was " + headers.get("x-github-api-version"));
        }
    }

    private Optional<String> viewer(Map<String, String> headers) {
        String authorization = headers.get("authorization");
        if (authorization == null) {
            return Optional.empty();
        }
        String token = authorization.replaceFirst("^(?i)(bearer|token) ", "");
        return Optional.ofNullable(tokens.get(token));
    }

    private int send(HttpExchange exchange, int status, String body, Map<String, String> headers, boolean rateHeaders)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (rateHeaders) {
            exchange.getResponseHeaders().set("X-RateLimit-Limit", String.valueOf(rateLimit.get()));
            exchange.getResponseHeaders().set("X-RateLimit-Remaining", String.valueOf(Math.max(0, remaining.get())));
            exchange.getResponseHeaders().set("X-RateLimit-Reset", String.valueOf(resetEpoch));
            exchange.getResponseHeaders().set("X-RateLimit-Resource", "core");
        }
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        Seen request = inFlight.get();
        seen.add(new Seen(request.method(), request.path(), status, request.headers()));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 304 || bytes.length == 0 ? -1 : bytes.length);
        if (status != 304 && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        return status;
    }

    private record Response(int status, String body, Map<String, String> headers) {
    }

    private static Response notFound() {
        return new Response(404, json(Map.of("message", "Not Found",
                "documentation_url", "https://docs.github.com/rest")), Map.of());
    }

    // ------------------------------------------------------------------ REST

    private Response rest(String path, String query, Optional<String> viewer, boolean enterprise) {
        String[] parts = path.split("/");
        Map<String, String> params = params(query);
        if (path.equals("/user")) {
            return viewer.map(login -> new Response(200, json(userJson(accounts.get(login.toLowerCase(Locale.ROOT)))), Map.<String, String>of()))
                    .orElse(new Response(401, json(Map.of("message", "Requires authentication")), Map.of()));
        }
        if (parts.length == 3 && parts[1].equals("users")) {
            DemoAccount account = accounts.get(decode(parts[2]).toLowerCase(Locale.ROOT));
            return account == null ? notFound() : new Response(200, json(userJson(account)), Map.of());
        }
        if (parts.length == 4 && parts[1].equals("users") && parts[3].equals("repos")) {
            DemoAccount account = accounts.get(decode(parts[2]).toLowerCase(Locale.ROOT));
            if (account == null) {
                return notFound();
            }
            List<DemoRepo> visible = account.repos().stream().filter(repo -> !repo.isPrivate()).toList();
            return page(account, visible, params, path, enterprise);
        }
        if (path.equals("/user/repos")) {
            if (viewer.isEmpty()) {
                return new Response(401, json(Map.of("message", "Requires authentication")), Map.of());
            }
            DemoAccount account = accounts.get(viewer.get().toLowerCase(Locale.ROOT));
            return page(account, account.repos(), params, path, enterprise);
        }
        if (parts.length == 7 && parts[1].equals("repos") && parts[4].equals("git") && parts[5].equals("trees")) {
            Optional<DemoRepo> repo = visibleRepo(decode(parts[2]), decode(parts[3]), viewer);
            if (repo.isEmpty()) {
                return notFound();
            }
            if (repo.get().commits().isEmpty()) {
                return new Response(409, json(Map.of("message", "Git Repository is empty.")), Map.of());
            }
            List<Map<String, Object>> entries = new ArrayList<>();
            for (String file : repo.get().files()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("path", file);
                entry.put("mode", "100644");
                entry.put("type", "blob");
                entry.put("sha", sha1(repo.get().name() + ":" + file));
                entry.put("size", repo.get().fileContents().getOrDefault(file, "x").length());
                entries.add(entry);
            }
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("sha", sha1(repo.get().headSha() + ":tree"));
            tree.put("url", apiUrl() + path);
            tree.put("tree", entries);
            tree.put("truncated", false);
            return new Response(200, json(tree), Map.of());
        }
        return notFound();
    }

    private Optional<DemoRepo> visibleRepo(String owner, String name, Optional<String> viewer) {
        DemoAccount account = accounts.get(owner.toLowerCase(Locale.ROOT));
        if (account == null) {
            return Optional.empty();
        }
        boolean ownerViewing = viewer.map(login -> login.equalsIgnoreCase(owner)).orElse(false);
        return account.repos().stream()
                .filter(repo -> repo.name().equalsIgnoreCase(name))
                .filter(repo -> !repo.isPrivate() || ownerViewing)
                .findFirst();
    }

    private Response page(DemoAccount account, List<DemoRepo> repos, Map<String, String> params, String path,
                          boolean enterprise) {
        List<DemoRepo> sorted = new ArrayList<>(repos);
        if ("pushed".equals(params.get("sort"))) {
            sorted.sort((a, b) -> b.pushedAt().compareTo(a.pushedAt()));
        } else {
            sorted.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        }
        int perPage = Math.min(100, Integer.parseInt(params.getOrDefault("per_page", "30")));
        int page = Integer.parseInt(params.getOrDefault("page", "1"));
        int from = Math.min(sorted.size(), (page - 1) * perPage);
        int to = Math.min(sorted.size(), from + perPage);
        List<Map<String, Object>> items = new ArrayList<>();
        for (DemoRepo repo : sorted.subList(from, to)) {
            items.add(repoJson(account, repo));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int last = Math.max(1, (sorted.size() + perPage - 1) / perPage);
        if (page < last) {
            String base = apiUrl() + (enterprise ? "/api/v3" : "") + path + "?" + params.entrySet().stream()
                    .filter(e -> !e.getKey().equals("page"))
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&"));
            headers.put("Link", "<" + base + "&page=" + (page + 1) + ">; rel=\"next\", <" + base + "&page=" + last
                    + ">; rel=\"last\"");
        }
        return new Response(200, json(items), headers);
    }

    private Map<String, Object> userJson(DemoAccount account) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("login", account.login());
        user.put("id", account.id());
        user.put("node_id", account.nodeId());
        user.put("avatar_url", "https://avatars.githubusercontent.com/u/" + account.id());
        user.put("html_url", account.htmlUrl());
        user.put("type", "User");
        user.put("name", account.name());
        user.put("email", null);
        user.put("bio", account.bio());
        user.put("public_repos", account.repos().stream().filter(repo -> !repo.isPrivate()).count());
        user.put("created_at", iso(account.createdAt()));
        user.put("updated_at", iso(account.createdAt()));
        return user;
    }

    private Map<String, Object> repoJson(DemoAccount account, DemoRepo repo) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", repo.id());
        json.put("node_id", Base64.getEncoder().encodeToString(("010:Repository" + repo.id()).getBytes(StandardCharsets.UTF_8)));
        json.put("name", repo.name());
        json.put("full_name", account.login() + "/" + repo.name());
        json.put("private", repo.isPrivate());
        json.put("owner", Map.of("login", account.login(), "id", account.id(), "type", "User"));
        json.put("html_url", account.htmlUrl() + "/" + repo.name());
        json.put("description", repo.description());
        json.put("fork", repo.fork());
        json.put("created_at", iso(repo.createdAt()));
        json.put("updated_at", iso(repo.updatedAt()));
        json.put("pushed_at", iso(repo.pushedAt()));
        json.put("size", repo.sizeKb());
        json.put("stargazers_count", repo.stars());
        json.put("watchers_count", repo.watchers());
        json.put("language", repo.primaryLanguage().orElse(null));
        json.put("forks_count", repo.forks());
        json.put("archived", repo.archived());
        json.put("disabled", false);
        json.put("open_issues_count", repo.openIssues());
        json.put("license", repo.licenseSpdx().map(spdx -> Map.of("key", spdx.toLowerCase(Locale.ROOT), "name", spdx,
                "spdx_id", spdx)).orElse(null));
        json.put("topics", repo.topics());
        json.put("visibility", repo.isPrivate() ? "private" : "public");
        json.put("default_branch", repo.defaultBranch());
        return json;
    }

    // ------------------------------------------------------------------ GraphQL

    private String graphqlResponse(HttpExchange exchange, Optional<String> viewer) throws IOException {
        JsonNode request = MAPPER.readTree(exchange.getRequestBody());
        Map<String, Object> variables = request.hasNonNull("variables")
                ? MAPPER.convertValue(request.get("variables"), Map.class) : Map.of();
        ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput()
                .query(request.path("query").asString())
                .variables(variables)
                .graphQLContext(Map.of("viewer", viewer.orElse(""), "standIn", this))
                .build());
        for (GraphQLError error : result.getErrors()) {
            if (!"NOT_FOUND".equals(String.valueOf(error.getExtensions() == null ? "" : error.getExtensions().get("type")))) {
                violations.add("GraphQL: " + error.getMessage());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (GraphQLError error : result.getErrors()) {
                Map<String, Object> item = new LinkedHashMap<>(error.toSpecification());
                if (error.getExtensions() != null && error.getExtensions().containsKey("type")) {
                    item.put("type", error.getExtensions().get("type"));
                }
                errors.add(item);
            }
            body.put("errors", errors);
        }
        if (result.isDataPresent()) {
            body.put("data", result.getData());
        }
        return json(body);
    }

    private GraphQLSchema schema() {
        if (schema == null) {
            synchronized (GitHubStandIn.class) {
                if (schema == null) {
                    schema = buildSchema();
                }
            }
        }
        return schema;
    }

    /** GitHub's real schema, with data fetchers for the part BitofGit reads; Map sources serve every other field. */
    private static GraphQLSchema buildSchema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .wiringFactory(new WiringFactory() {
                    @Override
                    public boolean providesScalar(ScalarWiringEnvironment environment) {
                        return !ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
                    }

                    @Override
                    public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
                        ScalarTypeDefinition definition = environment.getScalarTypeDefinition();
                        return GraphQLScalarType.newScalar().name(definition.getName())
                                .coercing(new PassThrough()).build();
                    }

                    @Override
                    public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
                        return true;
                    }

                    @Override
                    public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
                        return GitHubStandIn::typeOf;
                    }

                    @Override
                    public boolean providesTypeResolver(UnionWiringEnvironment environment) {
                        return true;
                    }

                    @Override
                    public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
                        return GitHubStandIn::typeOf;
                    }

                    @Override
                    public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
                        String field = environment.getFieldDefinition().getName();
                        return env -> env.getSource() instanceof Map<?, ?> map ? map.get(field) : null;
                    }
                })
                .type("Query", builder -> builder
                        .dataFetcher("repository", GitHubStandIn::repository)
                        .dataFetcher("user", GitHubStandIn::user)
                        .dataFetcher("rateLimit", env -> Map.of("remaining", 4_999, "limit", 5_000, "cost", 1,
                                "used", 1, "nodeCount", 100, "resetAt", iso(Instant.now().plusSeconds(3_600)))))
                .type("Repository", builder -> builder
                        .dataFetcher("object", GitHubStandIn::object)
                        .dataFetcher("pullRequests", GitHubStandIn::repoPullRequests)
                        .dataFetcher("issues", GitHubStandIn::repoIssues)
                        .dataFetcher("languages", GitHubStandIn::languages))
                .type("User", builder -> builder.dataFetcher("pullRequests", GitHubStandIn::userPullRequests))
                .type("Commit", builder -> builder.dataFetcher("history", GitHubStandIn::history))
                .build();
        return new SchemaGenerator().makeExecutableSchema(deduplicated(new SchemaParser().parse(GitHubSchemas.graphqlSchema())), wiring);
    }

    /**
     * GitHub's published schema declares two fields of EnterpriseOwnerInfo twice, which graphql-java rightly refuses;
     * keep the first declaration of each field (GitHub's server evidently does the same).
     */
    private static graphql.schema.idl.TypeDefinitionRegistry deduplicated(graphql.schema.idl.TypeDefinitionRegistry registry) {
        for (graphql.language.ObjectTypeDefinition type : List.copyOf(registry.getTypes(graphql.language.ObjectTypeDefinition.class))) {
            java.util.Set<String> names = new java.util.HashSet<>();
            List<graphql.language.FieldDefinition> unique = type.getFieldDefinitions().stream()
                    .filter(field -> names.add(field.getName())).toList();
            if (unique.size() != type.getFieldDefinitions().size()) {
                registry.remove(type);
                registry.add(type.transform(builder -> builder.fieldDefinitions(unique)));
            }
        }
        return registry;
    }

    private static GraphQLObjectType typeOf(graphql.TypeResolutionEnvironment environment) {
        Object source = environment.getObject();
        String name = source instanceof Map<?, ?> map ? String.valueOf(map.get("__typename")) : "Commit";
        return environment.getSchema().getObjectType(name);
    }

    private static final class PassThrough implements Coercing<Object, Object> {
        @Override
        public Object serialize(Object value) {
            return value;
        }

        @Override
        public Object parseValue(Object input) {
            return input;
        }

        @Override
        public Object parseLiteral(Object input) {
            return input instanceof graphql.language.StringValue string ? string.getValue() : input;
        }
    }

    /** The schema is built once and shared; each query names its stand-in in the GraphQL context. */
    private static GitHubStandIn standIn(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get("standIn");
    }

    private static Object repository(DataFetchingEnvironment env) {
        String owner = env.getArgument("owner");
        String name = env.getArgument("name");
        String viewer = env.getGraphQlContext().get("viewer");
        Optional<DemoRepo> repo = standIn(env).visibleRepo(owner, name,
                viewer == null || viewer.isEmpty() ? Optional.empty() : Optional.of(viewer));
        if (repo.isEmpty()) {
            return DataFetcherResult.newResult().data(null).error(GraphqlErrorBuilder.newError(env)
                    .message("Could not resolve to a Repository with the name '" + owner + "/" + name + "'.")
                    .extensions(Map.of("type", "NOT_FOUND")).build()).build();
        }
        DemoAccount account = standIn(env).account(owner);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("__typename", "Repository");
        map.put("name", repo.get().name());
        map.put("_repo", repo.get());
        map.put("_account", account);
        if (repo.get().commits().isEmpty()) {
            map.put("defaultBranchRef", null);
        } else {
            map.put("defaultBranchRef", Map.of("__typename", "Ref", "name", repo.get().defaultBranch(),
                    "target", commitNode(repo.get(), repo.get().commits().get(0), account)));
        }
        return map;
    }

    private static Object user(DataFetchingEnvironment env) {
        String login = env.getArgument("login");
        DemoAccount account = standIn(env).account(login);
        if (account == null) {
            return DataFetcherResult.newResult().data(null).error(GraphqlErrorBuilder.newError(env)
                    .message("Could not resolve to a User with the login of '" + login + "'.")
                    .extensions(Map.of("type", "NOT_FOUND")).build()).build();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("__typename", "User");
        map.put("login", account.login());
        map.put("_account", account);
        return map;
    }

    /** Repository.pullRequests: newest update first (the only order the stand-in serves), cursor "offset:N". */
    private static Object repoPullRequests(DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        DemoRepo repo = (DemoRepo) source.get("_repo");
        DemoAccount account = (DemoAccount) source.get("_account");
        return connection(env, repo.pullRequests(), pr -> pullNode(pr, account));
    }

    private static Object repoIssues(DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        DemoRepo repo = (DemoRepo) source.get("_repo");
        DemoAccount account = (DemoAccount) source.get("_account");
        return connection(env, repo.issues(), issue -> issueNode(issue, account));
    }

    /**
     * User.pullRequests: the pull requests the user authored anywhere the viewer may see — the user's own
     * repositories (private ones for the owner only) and other people's — newest update first.
     */
    private static Object userPullRequests(DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        DemoAccount account = (DemoAccount) source.get("_account");
        String viewer = env.getGraphQlContext().get("viewer");
        boolean ownerViewing = account.login().equalsIgnoreCase(viewer);
        List<DemoPullRequest> authored = new ArrayList<>();
        for (DemoRepo repo : account.repos()) {
            if (!repo.isPrivate() || ownerViewing) {
                repo.pullRequests().stream().filter(pr -> pr.authorLogin().equalsIgnoreCase(account.login()))
                        .forEach(authored::add);
            }
        }
        account.externalPullRequests().stream().filter(pr -> !pr.repoPrivate() || ownerViewing).forEach(authored::add);
        authored.sort(java.util.Comparator.comparing(DemoPullRequest::updatedAt).reversed()
                .thenComparing(DemoPullRequest::repoName).thenComparing(DemoPullRequest::number));
        return connection(env, authored, pr -> pullNode(pr, account));
    }

    private static <T> Map<String, Object> connection(DataFetchingEnvironment env, List<T> newestUpdateFirst,
                                                     java.util.function.Function<T, Map<String, Object>> node) {
        Map<String, Object> orderBy = env.getArgument("orderBy");
        if (orderBy == null || !"UPDATED_AT".equals(String.valueOf(orderBy.get("field")))
                || !"DESC".equals(String.valueOf(orderBy.get("direction")))) {
            standIn(env).violations.add("the stand-in serves pull requests and issues newest update first only; "
                    + "asked for " + orderBy);
        }
        int first = env.getArgumentOrDefault("first", 100);
        if (first > 100) {
            standIn(env).violations.add("first: " + first + " is over GitHub's limit of 100");
        }
        String after = env.getArgument("after");
        int from = after == null ? 0 : Integer.parseInt(new String(Base64.getDecoder().decode(after),
                StandardCharsets.UTF_8).substring("offset:".length()));
        int to = Math.min(newestUpdateFirst.size(), from + first);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (T item : newestUpdateFirst.subList(Math.min(from, to), to)) {
            nodes.add(node.apply(item));
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", to < newestUpdateFirst.size());
        pageInfo.put("endCursor", nodes.isEmpty() ? null
                : Base64.getEncoder().encodeToString(("offset:" + to).getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("totalCount", newestUpdateFirst.size());
        connection.put("pageInfo", pageInfo);
        connection.put("nodes", nodes);
        return connection;
    }

    private static Map<String, Object> actor(String login) {
        return Map.of("__typename", "User", "login", login);
    }

    private static Map<String, Object> pullNode(DemoPullRequest pr, DemoAccount account) {
        boolean own = pr.repoOwner().equalsIgnoreCase(account.login());
        boolean repoPrivate = own ? account.repos().stream().filter(repo -> repo.name().equals(pr.repoName()))
                .anyMatch(DemoRepo::isPrivate) : pr.repoPrivate();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("__typename", "PullRequest");
        node.put("number", pr.number());
        node.put("title", pr.title());
        node.put("body", pr.body());
        node.put("state", pr.state());
        node.put("isDraft", pr.draft());
        node.put("author", actor(pr.authorLogin()));
        node.put("labels", Map.of("nodes", pr.labels().stream().map(name -> Map.of("name", name)).toList()));
        node.put("baseRefName", pr.baseRef());
        node.put("headRefName", pr.headRef());
        node.put("additions", pr.additions());
        node.put("deletions", pr.deletions());
        node.put("changedFiles", pr.changedFiles());
        node.put("comments", Map.of("totalCount", pr.comments()));
        node.put("createdAt", iso(pr.createdAt()));
        node.put("updatedAt", iso(pr.updatedAt()));
        node.put("closedAt", pr.closedAt().map(GitHubStandIn::iso).orElse(null));
        node.put("mergedAt", pr.mergedAt().map(GitHubStandIn::iso).orElse(null));
        Map<String, Object> repository = new LinkedHashMap<>();
        repository.put("__typename", "Repository");
        repository.put("name", pr.repoName());
        repository.put("isPrivate", repoPrivate);
        repository.put("owner", actor(pr.repoOwner()));
        node.put("repository", repository);
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (DemoReview review : pr.reviews()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", review.id());
            item.put("state", review.state());
            item.put("author", actor(review.reviewerLogin()));
            item.put("submittedAt", iso(review.submittedAt()));
            reviews.add(item);
        }
        node.put("reviews", Map.of("nodes", reviews));
        node.put("closingIssuesReferences", Map.of("nodes", pr.closesIssues().stream().map(number -> Map.of(
                "number", number, "repository", repository)).toList()));
        return node;
    }

    private static Map<String, Object> issueNode(DemoIssue issue, DemoAccount account) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("__typename", "Issue");
        node.put("number", issue.number());
        node.put("title", issue.title());
        node.put("body", issue.body());
        node.put("state", issue.state());
        node.put("stateReason", issue.stateReason().orElse(null));
        node.put("author", actor(issue.authorLogin()));
        node.put("labels", Map.of("nodes", issue.labels().stream().map(name -> Map.of("name", name)).toList()));
        node.put("comments", Map.of("totalCount", issue.comments()));
        node.put("createdAt", iso(issue.createdAt()));
        node.put("updatedAt", iso(issue.updatedAt()));
        node.put("closedAt", issue.closedAt().map(GitHubStandIn::iso).orElse(null));
        return node;
    }

    private static Map<String, Object> commitNode(DemoRepo repo, DemoCommit commit, DemoAccount account) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("__typename", "Commit");
        node.put("oid", commit.sha());
        node.put("_repo", repo);
        node.put("_account", account);
        node.put("parents", Map.of("totalCount", commit.parentCount()));
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("name", commit.authorName());
        author.put("email", commit.authorEmail());
        author.put("date", commit.authoredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        author.put("user", commit.authorLogin().map(login -> Map.of("__typename", "User", "login", login)).orElse(null));
        node.put("author", author);
        node.put("committedDate", commit.committedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        node.put("message", commit.message());
        node.put("additions", commit.additions());
        node.put("deletions", commit.deletions());
        node.put("changedFilesIfAvailable", commit.changedFiles());
        return node;
    }

    private static Object object(DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        DemoRepo repo = (DemoRepo) source.get("_repo");
        String expression = env.getArgument("expression");
        String path = expression.substring(expression.indexOf(':') + 1);
        if (!repo.files().contains(path)) {
            return null;
        }
        String text = repo.fileContents().getOrDefault(path, "");
        Map<String, Object> blob = new LinkedHashMap<>();
        blob.put("__typename", "Blob");
        blob.put("text", text);
        blob.put("isTruncated", false);
        blob.put("byteSize", text.getBytes(StandardCharsets.UTF_8).length);
        return blob;
    }

    private static Object languages(DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        DemoRepo repo = (DemoRepo) source.get("_repo");
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(repo.languageBytes().entrySet());
        sorted.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        int first = env.getArgumentOrDefault("first", 100);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Map.Entry<String, Long> entry : sorted.subList(0, Math.min(first, sorted.size()))) {
            edges.add(Map.of("size", entry.getValue(), "node", Map.of("__typename", "Language", "name", entry.getKey())));
        }
        return Map.of("edges", edges, "totalCount", sorted.size(),
                "totalSize", sorted.stream().mapToLong(Map.Entry::getValue).sum());
    }

    /** Commit.history: newest first from the source commit, cursor "SHA N", optional author:{id} filter. */
    private static Object history(DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        DemoRepo repo = (DemoRepo) source.get("_repo");
        DemoAccount account = (DemoAccount) source.get("_account");
        String startSha = (String) source.get("oid");
        int first = env.getArgumentOrDefault("first", 100);
        String after = env.getArgument("after");
        int offset = 0;
        if (after != null) {
            String decoded = new String(Base64.getDecoder().decode(after), StandardCharsets.UTF_8);
            String[] cursor = decoded.split(" ");
            startSha = cursor[0];
            offset = Integer.parseInt(cursor[1]);
        }
        int start = -1;
        for (int i = 0; i < repo.commits().size(); i++) {
            if (repo.commits().get(i).sha().equals(startSha)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("`" + after + "` does not appear to be a valid cursor.");
        }
        List<DemoCommit> history = repo.commits().subList(start, repo.commits().size());
        Map<String, Object> authorFilter = env.getArgument("author");
        if (authorFilter != null && authorFilter.get("id") != null) {
            String id = (String) authorFilter.get("id");
            String login = standIn(env).accounts.values().stream().filter(a -> a.nodeId().equals(id))
                    .map(DemoAccount::login).findFirst().orElse("");
            history = history.stream().filter(c -> c.authorLogin().map(login::equalsIgnoreCase).orElse(false)).toList();
        }
        int from = Math.min(offset, history.size());
        int to = Math.min(history.size(), from + first);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (DemoCommit commit : history.subList(from, to)) {
            nodes.add(commitNode(repo, commit, account));
        }
        String endCursor = Base64.getEncoder().encodeToString((startSha + " " + to).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", to < history.size());
        pageInfo.put("endCursor", nodes.isEmpty() ? null : endCursor);
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("totalCount", history.size());
        connection.put("pageInfo", pageInfo);
        connection.put("nodes", nodes);
        return connection;
    }

    // ------------------------------------------------------------------ helpers

    private boolean chance(double rate) {
        if (rate <= 0) {
            return false;
        }
        synchronized (faults) {
            return faults.nextDouble() < rate;
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
