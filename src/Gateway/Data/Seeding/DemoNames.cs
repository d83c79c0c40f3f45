namespace Gateway.Data.Seeding;

/// <summary>Word lists the demo catalogue builds its names and texts from.</summary>
internal static class DemoNames
{
    public static readonly string[] Topics =
    [
        "auth", "admin", "rest", "api", "cache", "celery", "cms", "blog", "forms", "filter", "tables",
        "storages", "debug-toolbar", "extensions", "crispy-forms", "allauth", "guardian", "taggit",
        "import-export", "reversion", "mptt", "polymorphic", "simple-history", "environ", "cors-headers",
        "redis", "elasticsearch", "haystack", "graphene", "channels", "ninja", "htmx", "unicorn",
        "tailwind", "bootstrap", "markdown", "ckeditor", "tinymce", "summernote", "oauth", "jwt", "otp",
        "two-factor", "ratelimit", "axes", "csp", "health-check", "prometheus", "sentry", "silk",
        "querycount", "money", "countries", "phonenumber", "localflavor", "modeltranslation", "parler",
        "rosetta", "i18n", "sitemaps", "seo", "meta", "robots", "redirects", "analytics", "comments",
        "notifications", "activity-stream", "messages", "push", "webpush", "sms", "mailer", "anymail",
        "templated-email", "post-office", "pdf", "weasyprint", "qr", "barcode", "imagekit", "thumbnails",
        "versatileimagefield", "cleanup", "files", "uploads", "s3", "gcs", "azure", "dropbox", "backup",
        "dbbackup", "db-mutex", "lock", "cron", "scheduler", "rq", "q", "dramatiq", "huey", "tasks",
        "background-tasks", "workflow", "fsm", "viewflow", "state-machine", "ordered-model", "sortable",
        "treebeard", "nested-admin", "grappelli", "jazzmin", "suit", "admin-interface", "admin-tools",
        "autocomplete", "select2", "widget-tweaks", "formtools", "braces", "extra-views", "rules",
        "permissions", "roles", "tenants", "multitenant", "sites", "hosts", "subdomains", "geo", "gis",
        "leaflet", "mapbox", "address", "timezone", "dates", "recurrence", "calendar", "events",
        "booking", "shop", "cart", "payments", "stripe", "paypal", "invoices", "accounting", "ledger",
        "inventory", "crm", "helpdesk", "wiki", "forum", "chat", "newsletter", "polls", "surveys", "quiz",
        "voting", "ratings", "likes", "follow", "friendship", "invitations", "registration", "profiles",
        "avatar", "gravatar", "social-auth", "saml", "ldap", "cas", "oidc", "keycloak", "sso", "sessions",
        "cookies", "consent", "gdpr", "privacy", "audit", "auditlog", "logging", "request-log",
        "structlog", "health", "status", "maintenance-mode", "feature-flags", "waffle", "flags",
        "constance", "settings", "dynamic-preferences", "configurations", "dotenv", "secrets",
        "encrypted-fields", "hashid", "uuid", "shortuuid", "slugify", "autoslug", "sequences", "counters",
        "hitcount", "pagination", "infinite-scroll", "search", "watson", "postgres-search", "solr",
        "algolia", "meilisearch", "typesense", "graphql", "grpc", "websocket", "sse", "webhooks",
        "signals", "kafka", "rabbitmq", "mqtt", "iot", "ml", "pandas", "charts", "plotly", "dashboards",
        "reports", "excel", "csv", "xlsx", "fixtures", "factory", "faker", "testing", "test-plus",
        "snapshot", "pytest", "coverage", "migrations", "migration-linter", "zero-downtime", "pg-extras",
        "mysql", "mssql", "oracle", "cockroachdb", "mongodb", "cassandra", "neo4j", "json-field",
        "jsonform", "schema", "pydantic", "typed", "stubs", "types", "lint", "upgrade", "components",
        "cotton", "slippers", "template-partials", "jinja", "compressor", "pipeline", "webpack-loader",
        "vite", "sass", "static", "whitenoise", "cdn", "minify", "htmlmin", "pwa", "spa", "react", "vue",
        "svelte", "inertia", "sockpuppet", "reactor", "turbo", "hotwire", "stimulus", "alpine",
    ];

    public static readonly string[] Suffixes =
    [
        "tools", "utils", "helpers", "extras", "plus", "lite", "ng", "next", "2", "3", "pro", "core",
        "kit", "toolkit", "field", "fields", "admin", "views", "backend", "client", "middleware",
        "mixins", "sdk", "contrib", "bridge", "integration", "manager", "framework", "widgets", "api",
    ];

    public static readonly string[] Organisations =
    [
        "jazzband", "wagtail", "encode", "django-commons", "pennersr", "mozilla", "torchbox",
        "divio", "django-cms", "mirumee", "evansd", "praekelt", "fusionbox", "caktus", "revsys",
        "kiwicom", "yourlabs", "matthiask", "feincms", "sixfeetup", "ambitioninc", "grantjenks",
        "lincolnloop", "aldryn", "arteria", "stephenmcd", "celery", "getsentry", "tomchristie",
        "ebertti", "bugov", "openwisp", "ietf-tools", "edx", "openedx", "cfpb", "GSA", "18F",
    ];

    public static readonly string[] FirstNames =
    [
        "adam", "alex", "alice", "amir", "ana", "andrew", "anna", "ben", "carl", "carlos", "chen",
        "chris", "claire", "dan", "david", "diego", "elena", "emma", "eric", "eva", "felix", "frank",
        "george", "hana", "hugo", "ian", "ivan", "jack", "jakub", "james", "jan", "jens", "joe", "john",
        "jordi", "jose", "julia", "kate", "ken", "kim", "lars", "laura", "leo", "lucas", "luis", "maria",
        "mark", "marta", "matt", "max", "mia", "mike", "nina", "noah", "olga", "omar", "paul", "pedro",
        "peter", "priya", "rafael", "raj", "ravi", "rob", "rosa", "ryan", "sam", "sara", "simon",
        "sofia", "stefan", "tom", "victor", "wei", "will", "yuki", "zoe",
    ];

    public static readonly string[] LastNames =
    [
        "adams", "baker", "brown", "chang", "clark", "costa", "davis", "diaz", "dubois", "evans",
        "fischer", "garcia", "gomez", "green", "hall", "hansen", "hill", "ito", "jansen", "jones",
        "kim", "king", "kowalski", "kumar", "lee", "lewis", "lopez", "martin", "meyer", "miller",
        "moore", "muller", "nakamura", "nguyen", "novak", "olsen", "park", "patel", "perez", "petrov",
        "reed", "rossi", "sanchez", "santos", "schmidt", "scott", "silva", "singh", "smith", "sato",
        "tanaka", "taylor", "thomas", "walker", "wang", "weber", "white", "wilson", "wong", "young",
    ];

    public static readonly string[] Adjectives =
    [
        "Simple", "Reusable", "Pluggable", "Fast", "Lightweight", "Flexible", "Batteries-included",
        "Minimal", "Async-friendly", "Type-safe", "Declarative", "Extensible", "Drop-in", "Tiny",
    ];

    public static readonly string[] Things =
    [
        "app", "toolkit", "library", "field", "backend", "middleware", "template tag set", "admin skin",
        "management command", "set of mixins", "widget", "integration", "storage backend", "view layer",
    ];

    public static readonly string[] UnicodeTitles =
    [
        "django-façade", "Ñandú for Django", "django-żółw", "Café Forms", "django-übersicht",
        "Django Résumé Builder", "django-日本語-utils", "Ελληνικά slugs for Django", "django-emoji 🚀",
        "Škoda-style admin", "django-ångström", "Crème Brûlée CMS",
        "Русский календарь for Django",
    ];

    public static readonly string[] OddDescriptions =
    [
        "Render <form> tags & widgets without fuss",
        "Tom & Jerry's helpers for Django's ORM",
        "Adds a <blink> tag. Don't use it in production!",
        "Wraps \"quoted\" settings & <script> safely",
        "Use one Django app to serve multiple domains — and more",
        "Mise en scène for templates: {% block %} & friends",
        "Ünïcödé-aware slugs, 中文 titles & emoji 🎉",
        "A < B && B > C: comparison helpers for querysets",
    ];

    public static readonly string[] GridTopics =
    [
        "Admin interface", "API creation", "API documentation", "Authentication", "Authorization",
        "Caching", "Celery tools", "CMS", "Blogs", "Forms", "Form widgets", "Filters", "Tables",
        "File storage", "Debugging", "Tagging", "Import & export", "Versioning", "Trees", "Polymorphism",
        "Model history", "Configuration", "CORS", "Search", "GraphQL", "Websockets", "Async views",
        "Frontend integration", "CSS frameworks", "Markdown", "Rich text editors", "OAuth", "JWT",
        "Two-factor auth", "Rate limiting", "Security headers", "Health checks", "Monitoring",
        "Error tracking", "Profiling", "Money & currency", "Countries & regions", "Phone numbers",
        "Localisation", "Translation", "Sitemaps", "SEO", "Redirects", "Analytics", "Comments",
        "Notifications", "Activity streams", "Messaging", "Push notifications", "SMS", "Email",
        "PDF generation", "QR codes", "Image processing", "Thumbnails", "File uploads", "Backups",
        "Locks", "Cron & scheduling", "Task queues", "Workflow", "State machines", "Ordering",
        "Nested admin", "Admin themes", "Autocomplete", "Permissions", "Roles", "Multi-tenancy",
        "Maps & GIS", "Addresses", "Time zones", "Recurring events", "Calendars", "Booking",
        "E-commerce", "Shopping carts", "Payment processing", "Invoicing", "Accounting", "CRM",
        "Help desks", "Wikis", "Forums", "Chat", "Newsletters", "Polls", "Surveys", "Ratings",
        "Social features", "Invitations", "Registration", "User profiles", "Avatars", "Social auth",
        "SAML", "LDAP", "Single sign-on", "Sessions", "Cookie consent", "GDPR", "Auditing", "Logging",
        "Maintenance mode", "Feature flags", "Dynamic settings", "Secrets", "Encrypted fields",
        "Hash ids", "UUIDs", "Slugs", "Hit counters", "Pagination", "Full-text search", "Webhooks",
        "Signals", "Message brokers", "IoT", "Machine learning", "Charts", "Dashboards", "Reports",
        "Spreadsheets", "Fixtures", "Test data", "Testing tools", "Snapshot testing", "Migrations",
        "Database backends", "NoSQL", "JSON fields", "Schemas", "Type hints", "Linters", "Upgrading",
        "Template components", "Template engines", "Asset compression", "Static files", "PWA",
        "React integration", "Vue integration", "HTMX", "Reactive views", "Deployment", "Docker",
        "Serverless", "Project templates", "Boilerplates", "Static site generation", "Performance",
    ];

    public static readonly string[] GridVariants =
    [
        "", " for Wagtail", " (DRF)", " tools", " for the admin", " utilities", " backends", " (async)",
    ];

    public static readonly string[] FeatureTitles =
    [
        "Python 3 support", "Django 5.x support", "Has tests", "Documentation", "License",
        "Development status", "Async support", "Admin integration", "REST framework support",
        "Translations", "Type hints", "PostgreSQL only", "Works with SQLite", "Template tags",
        "Management commands", "Signals", "Caching", "Class-based views", "Customisable templates",
        "Stable API", "Active maintainers", "Used in production", "Wagtail support", "HTMX friendly",
        "Requires JavaScript", "Supports <iframe> embeds", "Multi-site aware", "GDPR & privacy",
    ];

    public static readonly string[] CellTexts =
    [
        "Yes", "No", "Yes", "No", "Yes", "Partial", "Planned", "Since 2.1", "Via a mixin",
        "Only with Celery", "BSD", "MIT", "Apache 2.0", "GPLv3", "Beta", "Production/Stable",
        "Yes — see docs", "No, use <b>X</b> instead", "Needs & escaping", "Don't know", "N/A",
        "Django ≥ 4.2", "✓", "✗", "",
    ];

    public static readonly string[] Licenses =
    [
        "BSD", "MIT", "Apache 2.0", "BSD-3-Clause", "GPLv3", "LGPL", "MPL 2.0", "ISC",
    ];
}
