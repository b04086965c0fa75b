"""Curriculum tracks for the built-in roadmap planner: ordered modules per technology."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["beginner", "intermediate", "advanced"]


@dataclass(frozen=True)
class TrackModule:
    title: str
    description: str  # one or two sentences, what the learner will be able to do
    topics: tuple[str, ...]  # 3 to 5 lesson topics, each a specific, self-contained subject
    level: Level


@dataclass(frozen=True)
class Track:
    key: str  # stable identifier, lowercase, e.g. "python"
    name: str  # display name, e.g. "Python"
    aliases: tuple[str, ...]  # lowercase words/phrases that identify the track in a goal
    modules: tuple[TrackModule, ...]  # 10 to 12, ordered from fundamentals to advanced


TRACKS: tuple[Track, ...] = (
    Track(
        key="python",
        name="Python",
        aliases=(
            "python",
            "python3",
            "python 3",
            "cpython",
        ),
        modules=(
            TrackModule(
                title="Getting started with Python",
                description=(
                    "Install Python 3.12+, create an isolated project environment and run "
                    "scripts from the terminal and the REPL."
                ),
                topics=(
                    "Installing Python 3.12+ and using the interactive REPL",
                    "Creating virtual environments with venv",
                    "Installing packages with pip and requirements files",
                    "Writing and running your first Python script",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Core data types",
                description=(
                    "Work confidently with numbers, strings, booleans and None, and format "
                    "output with f-strings."
                ),
                topics=(
                    "Integers, floats and arithmetic operators",
                    "String methods and slicing",
                    "Formatting strings with f-strings",
                    "Booleans, None and truthiness",
                    "Variables, names and dynamic typing",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Control flow",
                description=(
                    "Direct program execution with conditionals, loops and structural pattern "
                    "matching."
                ),
                topics=(
                    "Conditionals with if, elif and else",
                    "for loops with range, enumerate and zip",
                    "while loops, break and continue",
                    "Structural pattern matching with match and case",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Built-in collections",
                description=(
                    "Store and manipulate data with lists, tuples, dictionaries and sets, "
                    "choosing the right one for each job."
                ),
                topics=(
                    "Lists and list methods",
                    "Tuples and sequence unpacking",
                    "Dictionaries and dictionary methods",
                    "Sets and set operations",
                    "Sorting with sorted() and key functions",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Functions in depth",
                description=(
                    "Write reusable, well-typed functions and understand how arguments, scope "
                    "and closures work."
                ),
                topics=(
                    "Defining functions and returning values",
                    "Positional, keyword and default arguments",
                    "Variable-length arguments with *args and **kwargs",
                    "Scope, the LEGB rule and closures",
                    "Type hints for function signatures",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Comprehensions, iterators and generators",
                description=(
                    "Transform data concisely and process large sequences lazily without "
                    "loading them into memory."
                ),
                topics=(
                    "List comprehensions",
                    "Dictionary and set comprehensions",
                    "Generator expressions",
                    "The iterator protocol with __iter__ and __next__",
                    "Generator functions and yield",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Modules, files and exceptions",
                description=(
                    "Organize code into modules and packages, work with files safely and handle"
                    " errors deliberately."
                ),
                topics=(
                    "Modules, packages and the import system",
                    "Working with file paths using pathlib",
                    "Reading and writing JSON and CSV files",
                    "Handling exceptions with try, except, else and finally",
                    "Raising and defining custom exceptions",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Object-oriented programming",
                description=(
                    "Model problems with classes, inheritance and special methods that "
                    "integrate with Python's built-in behaviour."
                ),
                topics=(
                    "Classes, instances and __init__",
                    "Instance, class and static methods",
                    "Inheritance and super()",
                    "Dunder methods and operator overloading",
                    "Managed attributes with @property",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Advanced typing and dataclasses",
                description=(
                    "Describe data precisely with dataclasses and modern typing features, and "
                    "check code statically with mypy."
                ),
                topics=(
                    "Dataclasses, frozen instances and slots",
                    "Generics with the PEP 695 type parameter syntax",
                    "Protocols and structural subtyping",
                    "TypedDict, Literal and type aliases with the type statement",
                    "Static type checking with mypy",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Testing and project tooling",
                description=(
                    "Test code with pytest and maintain a professional project with linting, "
                    "formatting and packaging tools."
                ),
                topics=(
                    "Writing unit tests with pytest",
                    "pytest fixtures and parametrized tests",
                    "Mocking dependencies with unittest.mock",
                    "Linting and formatting with Ruff",
                    "Configuring and packaging a project with pyproject.toml",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Decorators and context managers",
                description=(
                    "Extend behaviour cleanly with decorators, context managers and the "
                    "functools toolkit."
                ),
                topics=(
                    "Writing function decorators",
                    "Context managers and the with statement",
                    "Building context managers with contextlib",
                    "Caching and partial application with functools",
                    "Descriptors and attribute lookup",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Concurrency and async programming",
                description=(
                    "Choose between threads, processes and asyncio, and write concurrent code "
                    "that is correct and fast."
                ),
                topics=(
                    "Threads and the global interpreter lock",
                    "Thread and process pools with concurrent.futures",
                    "Coroutines with async and await",
                    "Structured concurrency with asyncio.TaskGroup",
                    "Profiling Python code with cProfile",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="javascript",
        name="JavaScript",
        aliases=(
            "javascript",
            "js",
            "ecmascript",
            "es6",
            "vanilla js",
            "vanilla javascript",
        ),
        modules=(
            TrackModule(
                title="Getting started with JavaScript",
                description=(
                    "Run JavaScript in the browser and in Node.js and declare variables the "
                    "modern way."
                ),
                topics=(
                    "Running JavaScript in the browser and Node.js",
                    "Using the browser developer console",
                    "Declaring variables with let and const",
                    "Primitive types and the typeof operator",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Operators and control flow",
                description=(
                    "Compare values correctly and control execution with conditionals and loops."
                ),
                topics=(
                    "Arithmetic, comparison and strict equality operators",
                    "Truthy and falsy values",
                    "Conditionals with if, else and switch",
                    "Loops with for, for...of and while",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Functions",
                description=(
                    "Write functions in all their modern forms and understand how scope and "
                    "hoisting affect them."
                ),
                topics=(
                    "Function declarations and function expressions",
                    "Arrow functions",
                    "Default and rest parameters",
                    "Scope, hoisting and the temporal dead zone",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Arrays and objects",
                description=(
                    "Store and transform structured data with arrays, objects and modern syntax"
                    " for copying and reading them."
                ),
                topics=(
                    "Array methods map, filter and reduce",
                    "Object literals and property access",
                    "Destructuring assignment",
                    "Spread syntax for arrays and objects",
                    "Optional chaining and nullish coalescing",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Strings, dates and JSON",
                description=(
                    "Process text, serialize data as JSON and format dates and numbers for users."
                ),
                topics=(
                    "Template literals",
                    "Common string methods",
                    "Serializing data with JSON.parse and JSON.stringify",
                    "Regular expressions in JavaScript",
                    "Formatting dates and numbers with the Intl API",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="The DOM and events",
                description=(
                    "Build interactive pages by reading and changing the DOM in response to "
                    "user events."
                ),
                topics=(
                    "Selecting and modifying DOM elements",
                    "Handling events with addEventListener",
                    "Event bubbling and event delegation",
                    "Creating and removing elements dynamically",
                    "Reading and validating form input",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Objects, prototypes and classes",
                description=(
                    "Understand how JavaScript objects inherit behaviour and use classes to "
                    "model data."
                ),
                topics=(
                    "Prototypes and the prototype chain",
                    "Classes, constructors and extends",
                    "Private fields and static members",
                    "How the this keyword is bound",
                    "Getters and setters",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Modules and tooling",
                description=(
                    "Structure a project with ES modules and use the standard npm-based toolchain."
                ),
                topics=(
                    "ES modules with import and export",
                    "Managing dependencies with npm and package.json",
                    "Bundling and dev servers with Vite",
                    "Linting with ESLint and formatting with Prettier",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Asynchronous JavaScript",
                description=(
                    "Reason about the event loop and write reliable asynchronous code with "
                    "promises and async/await."
                ),
                topics=(
                    "The event loop, tasks and microtasks",
                    "Callbacks and callback-based APIs",
                    "Promises and promise chaining",
                    "async/await and asynchronous error handling",
                    "Combining promises with Promise.all, allSettled, race and any",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Working with web APIs",
                description=(
                    "Fetch data from servers, cancel requests and persist data in the browser."
                ),
                topics=(
                    "Fetching data with the fetch API",
                    "Handling HTTP errors and cancelling requests with AbortController",
                    "Storing data with localStorage and sessionStorage",
                    "Cross-origin requests and CORS",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Advanced language features",
                description=(
                    "Use closures, iterators and keyed collections to write expressive, memory-"
                    "safe code."
                ),
                topics=(
                    "Closures and private state",
                    "Higher-order functions and currying",
                    "Iterators and generator functions",
                    "Map, Set, WeakMap and WeakSet",
                    "Deep copying with structuredClone",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Testing, debugging and performance",
                description=(
                    "Test code automatically, debug it efficiently and keep heavy work off the "
                    "main thread."
                ),
                topics=(
                    "Unit testing with Vitest",
                    "Debugging with breakpoints in DevTools",
                    "Running background work with Web Workers",
                    "Finding memory leaks and understanding garbage collection",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="typescript",
        name="TypeScript",
        aliases=(
            "typescript",
            "ts",
        ),
        modules=(
            TrackModule(
                title="Getting started with TypeScript",
                description=(
                    "Set up the TypeScript compiler, configure a project and let type inference"
                    " work for you."
                ),
                topics=(
                    "Installing TypeScript and compiling with tsc",
                    "Configuring a project with tsconfig.json",
                    "Running TypeScript directly with Node.js type stripping",
                    "Type annotations and type inference",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Basic types",
                description=(
                    "Describe values with TypeScript's primitive, array, tuple and special types."
                ),
                topics=(
                    "Primitive types, arrays and tuples",
                    "The any, unknown and never types",
                    "Literal types",
                    "Type aliases",
                    "Enums and const object alternatives",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Object types",
                description=(
                    "Define the shape of objects with interfaces and type aliases, including "
                    "optional and readonly members."
                ),
                topics=(
                    "Interfaces",
                    "Optional and readonly properties",
                    "Choosing between interfaces and type aliases",
                    "Index signatures and the Record type",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Typing functions",
                description="Write type-safe functions, callbacks and overloads.",
                topics=(
                    "Typing parameters and return values",
                    "Optional and default parameters",
                    "Function types and typed callbacks",
                    "Function overloads",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Union types and narrowing",
                description=(
                    "Model values that can take several forms and narrow them safely at runtime."
                ),
                topics=(
                    "Union and intersection types",
                    "Narrowing with typeof, instanceof and in",
                    "Discriminated unions",
                    "User-defined type guards",
                    "Exhaustiveness checking with never",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Generics",
                description=(
                    "Write reusable functions and data structures that stay fully type-safe."
                ),
                topics=(
                    "Generic functions",
                    "Generic interfaces and classes",
                    "Generic constraints with extends",
                    "Default type parameters",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Classes in TypeScript",
                description=(
                    "Build classes with typed members, access modifiers and interface contracts."
                ),
                topics=(
                    "Typed class fields and constructors",
                    "Access modifiers public, private and protected",
                    "Abstract classes",
                    "Implementing interfaces with classes",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Modules and declaration files",
                description=(
                    "Organize a typed codebase and consume untyped or third-party JavaScript "
                    "safely."
                ),
                topics=(
                    "ES modules in TypeScript",
                    "Writing declaration files (.d.ts)",
                    "Using community types from @types packages",
                    "Module resolution settings",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Type-level programming",
                description=(
                    "Derive new types from existing ones with type operators, conditional types"
                    " and mapped types."
                ),
                topics=(
                    "The keyof and typeof type operators",
                    "Indexed access types",
                    "Conditional types and infer",
                    "Mapped types and key remapping",
                    "Template literal types",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Utility types and the satisfies operator",
                description=(
                    "Use the standard library of utility types to avoid duplicating type "
                    "definitions."
                ),
                topics=(
                    "Partial, Required and Readonly",
                    "Pick and Omit",
                    "ReturnType, Parameters and Awaited",
                    "Validating values against types with satisfies",
                ),
                level="advanced",
            ),
            TrackModule(
                title="TypeScript in real projects",
                description=(
                    "Apply strict settings, validate data at runtime and migrate existing "
                    "JavaScript code to TypeScript."
                ),
                topics=(
                    "Strict mode compiler flags",
                    "Runtime validation with Zod",
                    "Typing asynchronous code and promises",
                    "Migrating a JavaScript project to TypeScript",
                    "Monorepos with project references",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="react",
        name="React",
        aliases=(
            "react",
            "reactjs",
            "react.js",
            "react js",
            "next.js",
            "nextjs",
        ),
        modules=(
            TrackModule(
                title="Getting started with React",
                description=(
                    "Understand how React renders user interfaces and set up a modern React "
                    "project."
                ),
                topics=(
                    "How React renders UI declaratively",
                    "Creating a React project with Vite",
                    "JSX syntax and embedding expressions",
                    "Inspecting components with React Developer Tools",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Components and props",
                description=(
                    "Break a UI into reusable function components that receive data through props."
                ),
                topics=(
                    "Function components",
                    "Passing data with props",
                    "The children prop",
                    "Composing components into a UI tree",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Rendering dynamic content",
                description=(
                    "Show content conditionally, render lists correctly and style components."
                ),
                topics=(
                    "Conditional rendering",
                    "Rendering lists with keys",
                    "Fragments",
                    "Styling components with CSS Modules",
                ),
                level="beginner",
            ),
            TrackModule(
                title="State and events",
                description=(
                    "Make components interactive by handling events and managing state with "
                    "useState."
                ),
                topics=(
                    "Handling events in React",
                    "Component state with useState",
                    "Updating objects and arrays in state immutably",
                    "State batching and updater functions",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Forms and actions",
                description=(
                    "Build forms with controlled inputs and React 19 actions, including pending"
                    " and error states."
                ),
                topics=(
                    "Controlled inputs",
                    "Form actions and useActionState",
                    "Pending states with useFormStatus",
                    "Client-side form validation",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Effects and refs",
                description=(
                    "Synchronize components with external systems and reach the DOM when needed."
                ),
                topics=(
                    "useEffect and side effects",
                    "Effect dependencies and cleanup",
                    "Avoiding unnecessary effects",
                    "useRef for DOM access and mutable values",
                    "The Rules of Hooks",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Sharing state and custom hooks",
                description=(
                    "Manage state that many components need and extract reusable logic into "
                    "custom hooks."
                ),
                topics=(
                    "Lifting state up",
                    "Sharing data with createContext and useContext",
                    "Managing complex state with useReducer",
                    "Writing custom hooks",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Routing",
                description="Build multi-page single-page applications with client-side routing.",
                topics=(
                    "Client-side routing with React Router",
                    "Dynamic routes and URL parameters",
                    "Nested routes and layouts",
                    "Loading data with route loaders",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Data fetching and Suspense",
                description=(
                    "Load server data reliably with caching, Suspense and optimistic updates."
                ),
                topics=(
                    "Fetching and caching data with TanStack Query",
                    "Suspense boundaries and loading fallbacks",
                    "Reading promises and context with the use API",
                    "Error boundaries",
                    "Optimistic updates with useOptimistic",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Performance",
                description=(
                    "Find and fix unnecessary re-renders and keep the UI responsive during "
                    "heavy updates."
                ),
                topics=(
                    "How and when React re-renders",
                    "Memoization with memo, useMemo and useCallback",
                    "Automatic memoization with the React Compiler",
                    "Code splitting with lazy",
                    "Non-blocking updates with useTransition and useDeferredValue",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Server Components and full-stack React",
                description=(
                    "Build full-stack React apps that render on the server and call server code"
                    " directly."
                ),
                topics=(
                    "React Server Components",
                    "The 'use client' directive and client boundaries",
                    "Server Functions and the 'use server' directive",
                    "Streaming server rendering with the Next.js App Router",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Testing and type safety",
                description=(
                    "Test components the way users use them and type React code with TypeScript."
                ),
                topics=(
                    "Testing components with React Testing Library",
                    "Mocking network requests with Mock Service Worker",
                    "Typing props, state and hooks with TypeScript",
                    "Building accessible React components",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="django",
        name="Django",
        aliases=(
            "django",
            "django rest framework",
            "drf",
        ),
        modules=(
            TrackModule(
                title="Getting started with Django",
                description="Create a Django project, understand its structure and run it locally.",
                topics=(
                    "Installing Django in a virtual environment",
                    "Projects, apps and the startproject command",
                    "The development server and manage.py",
                    "Configuring settings.py",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Models and migrations",
                description=(
                    "Define your data model in Python and evolve the database schema with "
                    "migrations."
                ),
                topics=(
                    "Defining models and field types",
                    "Creating and applying migrations",
                    "Relationships with ForeignKey, ManyToManyField and OneToOneField",
                    "Model Meta options and the __str__ method",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Views and URLs",
                description="Map URLs to views that process requests and return responses.",
                topics=(
                    "Function-based views",
                    "URL routing with path and path converters",
                    "HttpRequest and HttpResponse objects",
                    "Class-based generic views such as ListView and DetailView",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Templates and static files",
                description=(
                    "Render dynamic HTML with the Django template language and serve CSS and "
                    "JavaScript."
                ),
                topics=(
                    "Template variables, tags and filters",
                    "Template inheritance with extends and block",
                    "Serving static files",
                    "Writing custom template tags and filters",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Querying with the ORM",
                description=(
                    "Retrieve and aggregate data efficiently with QuerySets while avoiding N+1 "
                    "queries."
                ),
                topics=(
                    "QuerySets and lazy evaluation",
                    "Filtering with field lookups",
                    "Complex queries with Q and F expressions",
                    "Aggregation and annotation",
                    "Avoiding N+1 queries with select_related and prefetch_related",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Forms",
                description="Collect and validate user input safely with Django forms.",
                topics=(
                    "Form classes and field validation",
                    "ModelForms",
                    "Processing form submissions in views",
                    "CSRF protection",
                    "Handling file uploads",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="The Django admin",
                description="Give staff a powerful data management interface with little code.",
                topics=(
                    "Registering models with the admin site",
                    "Customizing list display, search and filters",
                    "Inline editing of related models",
                    "Custom admin actions",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Authentication and authorization",
                description="Manage users, log them in and control what they may do.",
                topics=(
                    "The user model and custom user models",
                    "Login, logout and password management views",
                    "Permissions and groups",
                    "Restricting access with login_required and mixins",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Building APIs",
                description=(
                    "Expose your data through REST or GraphQL APIs with authentication and "
                    "pagination."
                ),
                topics=(
                    "Serializers in Django REST Framework",
                    "ViewSets and routers in Django REST Framework",
                    "API authentication and permissions",
                    "GraphQL APIs with Strawberry Django",
                    "Pagination and filtering in APIs",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Testing Django applications",
                description="Write fast, reliable tests for models, views and APIs.",
                topics=(
                    "Django's TestCase and the test client",
                    "Testing with pytest-django",
                    "Creating test data with factory_boy",
                    "Testing views and API endpoints",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Async, caching and background work",
                description=(
                    "Keep apps responsive with async views, caching, background tasks and real-"
                    "time features."
                ),
                topics=(
                    "Async views and the async ORM interface",
                    "Caching with Django's cache framework",
                    "Background tasks with the Django tasks framework",
                    "Real-time features with Channels and WebSockets",
                    "Signals and when to avoid them",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Deploying Django",
                description="Configure, secure and serve a Django application in production.",
                topics=(
                    "Production settings and environment variables",
                    "Serving Django with an ASGI or WSGI server",
                    "The deployment checklist and security settings",
                    "Serving static files in production with WhiteNoise",
                    "PostgreSQL connection pooling in production",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="sql",
        name="SQL and PostgreSQL",
        aliases=(
            "sql",
            "postgresql",
            "postgres",
            "psql",
            "databases",
            "database",
            "relational database",
            "relational databases",
            "mysql",
            "sqlite",
        ),
        modules=(
            TrackModule(
                title="Relational database fundamentals",
                description=(
                    "Understand how relational databases organize data and connect to a "
                    "PostgreSQL server."
                ),
                topics=(
                    "Tables, rows and columns",
                    "Primary keys and uniqueness",
                    "Installing PostgreSQL and connecting with psql",
                    "PostgreSQL data types",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Querying data",
                description="Retrieve exactly the rows and columns you need with SELECT queries.",
                topics=(
                    "Selecting columns with SELECT and FROM",
                    "Filtering rows with WHERE",
                    "Sorting results with ORDER BY",
                    "Limiting results with LIMIT and OFFSET",
                    "Working with NULL values",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Modifying data",
                description="Insert, update and delete rows safely, including upserts.",
                topics=(
                    "Inserting rows with INSERT",
                    "Updating rows with UPDATE",
                    "Deleting rows with DELETE and TRUNCATE",
                    "Returning modified rows with RETURNING",
                    "Upserts with INSERT ... ON CONFLICT",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Aggregation",
                description="Summarize data with aggregate functions and grouping.",
                topics=(
                    "Aggregate functions COUNT, SUM, AVG, MIN and MAX",
                    "Grouping rows with GROUP BY",
                    "Filtering groups with HAVING",
                    "Removing duplicates with DISTINCT",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Joins",
                description="Combine data from multiple tables with the right kind of join.",
                topics=(
                    "INNER JOIN",
                    "LEFT and RIGHT OUTER JOIN",
                    "FULL OUTER JOIN and CROSS JOIN",
                    "Self-joins",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Schema design",
                description=(
                    "Design normalized schemas with constraints that protect data integrity."
                ),
                topics=(
                    "Creating tables with CREATE TABLE",
                    "Constraints: NOT NULL, UNIQUE and CHECK",
                    "Foreign keys and referential integrity",
                    "Normalization up to third normal form",
                    "Changing schemas with ALTER TABLE",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Subqueries and CTEs",
                description=(
                    "Break complex questions into readable queries with subqueries and common "
                    "table expressions."
                ),
                topics=(
                    "Subqueries in WHERE and FROM",
                    "Correlated subqueries and EXISTS",
                    "Common table expressions with WITH",
                    "Recursive CTEs for hierarchical data",
                    "Set operations UNION, INTERSECT and EXCEPT",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Functions, expressions and views",
                description="Transform values in queries and package reusable queries as views.",
                topics=(
                    "String functions",
                    "Dates, times and timestamptz",
                    "Conditional logic with CASE",
                    "Handling NULLs with COALESCE and NULLIF",
                    "Views and materialized views",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Window functions",
                description=(
                    "Compute rankings, running totals and comparisons across rows without "
                    "collapsing them."
                ),
                topics=(
                    "Window functions with OVER and PARTITION BY",
                    "Ranking with ROW_NUMBER, RANK and DENSE_RANK",
                    "Comparing rows with LAG and LEAD",
                    "Running totals and window frames",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Indexes and query performance",
                description="Diagnose slow queries and speed them up with the right indexes.",
                topics=(
                    "B-tree indexes",
                    "Reading query plans with EXPLAIN ANALYZE",
                    "Composite, partial and expression indexes",
                    "GIN indexes for JSONB and arrays",
                    "VACUUM, autovacuum and table statistics",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Transactions and concurrency",
                description=(
                    "Keep data consistent when many clients read and write at the same time."
                ),
                topics=(
                    "ACID properties",
                    "Transactions with BEGIN, COMMIT and ROLLBACK",
                    "Transaction isolation levels",
                    "Row locking with SELECT ... FOR UPDATE",
                    "Detecting and avoiding deadlocks",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Advanced PostgreSQL",
                description="Use PostgreSQL's advanced features and administer databases securely.",
                topics=(
                    "Storing and querying JSONB documents",
                    "Full-text search with tsvector and tsquery",
                    "Roles, privileges and row-level security",
                    "Backups with pg_dump and pg_restore",
                    "Partitioning large tables",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="docker",
        name="Docker",
        aliases=(
            "docker",
            "dockerfile",
            "dockerfiles",
            "docker compose",
            "docker-compose",
            "containerization",
            "containerisation",
        ),
        modules=(
            TrackModule(
                title="Container fundamentals",
                description=(
                    "Understand what containers are and run your first container with Docker."
                ),
                topics=(
                    "Containers versus virtual machines",
                    "Installing Docker Engine or Docker Desktop",
                    "Images, containers and registries",
                    "Running your first container with docker run",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Managing containers",
                description="Start, inspect, debug and clean up running containers.",
                topics=(
                    "Listing, stopping and removing containers",
                    "Publishing container ports",
                    "Reading container logs with docker logs",
                    "Running commands inside containers with docker exec",
                    "Passing environment variables to containers",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Working with images",
                description="Find, tag and inspect images and choose suitable base images.",
                topics=(
                    "Pulling and tagging images",
                    "Inspecting image layers and history",
                    "Choosing base images: slim, Alpine and distroless",
                    "Cleaning up disk space with docker system prune",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Writing Dockerfiles",
                description="Package your own applications as images with a Dockerfile.",
                topics=(
                    "Dockerfile instructions FROM, RUN, COPY and WORKDIR",
                    "CMD versus ENTRYPOINT",
                    "Excluding files with .dockerignore",
                    "Building images with docker build",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Persisting data",
                description="Keep data beyond a container's lifetime with volumes and mounts.",
                topics=(
                    "Named volumes",
                    "Bind mounts for local development",
                    "tmpfs mounts",
                    "Backing up and restoring volume data",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Container networking",
                description="Connect containers to each other and to the outside world.",
                topics=(
                    "The default bridge network",
                    "User-defined networks and container DNS",
                    "Host networking",
                    "Exposing versus publishing ports",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Docker Compose",
                description=(
                    "Define and run multi-container applications with a single Compose file."
                ),
                topics=(
                    "Defining services in compose.yaml",
                    "Networks and volumes in Compose",
                    "Startup order with depends_on and health checks",
                    "Environment files and variable interpolation",
                    "Live development with Compose watch",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Optimizing images",
                description=(
                    "Build small, fast-building images with multi-stage builds and effective "
                    "caching."
                ),
                topics=(
                    "Multi-stage builds",
                    "Ordering instructions for layer caching",
                    "BuildKit cache mounts",
                    "Techniques for reducing image size",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Container security",
                description="Harden images and containers against common attacks.",
                topics=(
                    "Running containers as a non-root user",
                    "Scanning images for vulnerabilities with Docker Scout or Trivy",
                    "Passing build secrets safely",
                    "Read-only filesystems and dropping Linux capabilities",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Registries and CI pipelines",
                description="Build, tag and publish images automatically for multiple platforms.",
                topics=(
                    "Pushing images to Docker Hub and GitHub Container Registry",
                    "Multi-platform builds with docker buildx",
                    "Building and pushing images in GitHub Actions",
                    "Image tagging strategies and immutable digests",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Running containers in production",
                description=(
                    "Operate containers reliably with health checks, resource limits and good "
                    "logging."
                ),
                topics=(
                    "Container health checks with HEALTHCHECK",
                    "Limiting CPU and memory usage",
                    "Restart policies",
                    "Logging drivers and log rotation",
                    "Debugging crashed and misbehaving containers",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="kubernetes",
        name="Kubernetes",
        aliases=(
            "kubernetes",
            "k8s",
            "kubectl",
            "container orchestration",
        ),
        modules=(
            TrackModule(
                title="Kubernetes fundamentals",
                description=(
                    "Understand the Kubernetes architecture and interact with a local cluster "
                    "using kubectl."
                ),
                topics=(
                    "Kubernetes architecture: control plane and worker nodes",
                    "Running a local cluster with kind or minikube",
                    "Everyday kubectl commands",
                    "Declarative configuration with YAML manifests",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Pods",
                description="Run containers in Pods and inspect them when things go wrong.",
                topics=(
                    "Pod specifications and containers",
                    "The Pod lifecycle and restart policies",
                    "Multi-container Pods and sidecar containers",
                    "Debugging Pods with logs, describe and exec",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Deployments",
                description="Run and update stateless applications declaratively with Deployments.",
                topics=(
                    "Deployments and ReplicaSets",
                    "Rolling updates and rollbacks",
                    "Scaling replicas",
                    "Labels, selectors and annotations",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Services",
                description="Give Pods stable network identities and expose applications.",
                topics=(
                    "ClusterIP Services",
                    "NodePort and LoadBalancer Services",
                    "Service discovery with cluster DNS",
                    "Accessing workloads with kubectl port-forward",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Configuration and namespaces",
                description=(
                    "Separate configuration from images and organize workloads into namespaces."
                ),
                topics=(
                    "ConfigMaps",
                    "Secrets",
                    "Injecting configuration as environment variables and files",
                    "Organizing workloads with namespaces",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Storage and stateful workloads",
                description="Run workloads that need persistent data.",
                topics=(
                    "Volumes in Pods",
                    "PersistentVolumes and PersistentVolumeClaims",
                    "StorageClasses and dynamic provisioning",
                    "StatefulSets",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Routing external traffic",
                description="Route HTTP traffic into the cluster and control traffic between Pods.",
                topics=(
                    "Ingress resources and Ingress controllers",
                    "The Gateway API: Gateways and HTTPRoutes",
                    "Automating TLS certificates with cert-manager",
                    "Restricting traffic with NetworkPolicies",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Batch and node-level workloads",
                description="Run one-off, scheduled and per-node workloads.",
                topics=(
                    "Jobs",
                    "CronJobs",
                    "DaemonSets",
                    "Init containers",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Health, resources and autoscaling",
                description=(
                    "Keep applications healthy and scale them automatically based on demand."
                ),
                topics=(
                    "Liveness, readiness and startup probes",
                    "Resource requests and limits",
                    "Horizontal Pod Autoscaler",
                    "PodDisruptionBudgets",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Packaging with Helm and Kustomize",
                description=(
                    "Package, template and version Kubernetes applications for multiple "
                    "environments."
                ),
                topics=(
                    "Helm chart structure",
                    "Installing, upgrading and rolling back Helm releases",
                    "Templating with values.yaml",
                    "Environment overlays with Kustomize",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Cluster security",
                description="Apply least privilege to users and workloads.",
                topics=(
                    "RBAC Roles, ClusterRoles and bindings",
                    "ServiceAccounts and workload identity",
                    "Pod Security Standards and securityContext",
                    "Syncing secrets from external stores with External Secrets Operator",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Operating Kubernetes in production",
                description="Observe, deploy and extend clusters with production-grade tooling.",
                topics=(
                    "Monitoring clusters with Prometheus and Grafana",
                    "GitOps deployments with Argo CD",
                    "Extending Kubernetes with CustomResourceDefinitions and operators",
                    "Upgrading clusters safely",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="data-science",
        name="Data Science",
        aliases=(
            "data science",
            "data scientist",
            "data analysis",
            "data analyst",
            "data analytics",
            "pandas",
            "numpy",
            "jupyter",
            "matplotlib",
        ),
        modules=(
            TrackModule(
                title="Data science foundations",
                description=(
                    "Set up a data science environment and understand the data analysis workflow."
                ),
                topics=(
                    "The data analysis workflow from question to insight",
                    "Setting up Python and Jupyter notebooks",
                    "Python essentials for data work",
                    "Finding and loading datasets",
                ),
                level="beginner",
            ),
            TrackModule(
                title="NumPy arrays",
                description="Work with numerical data efficiently using NumPy arrays.",
                topics=(
                    "Creating NumPy arrays and dtypes",
                    "Indexing, slicing and boolean masks in NumPy",
                    "Vectorized operations and broadcasting",
                    "Aggregating along array axes",
                ),
                level="beginner",
            ),
            TrackModule(
                title="pandas fundamentals",
                description=(
                    "Load tabular data into pandas and select the rows and columns you need."
                ),
                topics=(
                    "Series and DataFrames",
                    "Reading CSV, Excel and Parquet files",
                    "Selecting data with loc and iloc",
                    "Filtering rows with conditions",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Cleaning data",
                description="Turn messy real-world data into a reliable dataset.",
                topics=(
                    "Handling missing values",
                    "Converting and fixing data types",
                    "Removing duplicate rows",
                    "Cleaning text with the .str accessor",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Transforming and combining data",
                description="Reshape, group and join datasets to answer analytical questions.",
                topics=(
                    "Grouping and aggregating with groupby",
                    "Merging and joining DataFrames",
                    "Pivot tables and reshaping with melt",
                    "Creating derived columns with vectorized operations",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Time series analysis",
                description="Analyze data indexed by time with pandas.",
                topics=(
                    "Parsing dates with to_datetime",
                    "DatetimeIndex and resampling",
                    "Rolling and expanding windows",
                    "Handling time zones in pandas",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Data visualization",
                description="Communicate patterns in data with clear, well-chosen charts.",
                topics=(
                    "Plotting with Matplotlib",
                    "Statistical plots with seaborn",
                    "Interactive charts with Plotly",
                    "Choosing the right chart for your data",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Descriptive statistics and probability",
                description="Summarize data and reason about uncertainty with statistics.",
                topics=(
                    "Measures of central tendency and spread",
                    "Probability distributions",
                    "Correlation versus causation",
                    "Sampling and confidence intervals",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Statistical inference",
                description="Test hypotheses and quantify relationships in data.",
                topics=(
                    "Hypothesis testing and p-values",
                    "t-tests and chi-square tests",
                    "Designing and analyzing A/B tests",
                    "Linear regression with statsmodels",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Working with larger data",
                description=(
                    "Analyze datasets that are too slow or too large for naive pandas workflows."
                ),
                topics=(
                    "Querying databases with SQL from Python",
                    "Fast DataFrames with Polars",
                    "Analytical queries on local files with DuckDB",
                    "Reducing pandas memory usage",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Communicating results",
                description="Turn analyses into reproducible reports and interactive dashboards.",
                topics=(
                    "Exploratory data analysis as an end-to-end project",
                    "Building interactive dashboards with Streamlit",
                    "Reproducible analysis with environments and version control",
                    "Data storytelling for stakeholders",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="machine-learning",
        name="Machine Learning",
        aliases=(
            "machine learning",
            "ml",
            "deep learning",
            "scikit-learn",
            "sklearn",
            "pytorch",
            "tensorflow",
            "neural networks",
            "neural network",
            "mlops",
        ),
        modules=(
            TrackModule(
                title="Machine learning foundations",
                description=(
                    "Understand what machine learning is and how a typical ML project is "
                    "structured."
                ),
                topics=(
                    "Supervised, unsupervised and reinforcement learning",
                    "The machine learning workflow",
                    "Features, labels and datasets",
                    "Training, validation and test splits",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Math for machine learning",
                description=(
                    "Build the linear algebra, calculus and probability intuition that ML "
                    "algorithms rely on."
                ),
                topics=(
                    "Vectors, matrices and matrix multiplication",
                    "Derivatives and gradients",
                    "Probability and Bayes' theorem",
                    "Gradient descent",
                ),
                level="beginner",
            ),
            TrackModule(
                title="First models with scikit-learn",
                description="Train and use simple models with the scikit-learn estimator API.",
                topics=(
                    "The scikit-learn fit and predict API",
                    "Linear regression",
                    "Logistic regression",
                    "k-nearest neighbors",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Evaluating models",
                description="Measure model quality correctly and compare models fairly.",
                topics=(
                    "Regression metrics: MAE, RMSE and R-squared",
                    "Classification metrics: precision, recall and F1 score",
                    "Confusion matrices and ROC curves",
                    "Cross-validation",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Feature engineering and pipelines",
                description=(
                    "Prepare raw data for models and bundle preprocessing and modeling into "
                    "pipelines."
                ),
                topics=(
                    "Scaling and normalizing features",
                    "Encoding categorical variables",
                    "Pipelines and ColumnTransformer",
                    "Handling imbalanced classes",
                    "Preventing data leakage",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Tree-based models",
                description=(
                    "Use decision trees and ensembles, the workhorses of tabular machine learning."
                ),
                topics=(
                    "Decision trees",
                    "Random forests",
                    "Gradient boosting with XGBoost and LightGBM",
                    "Interpreting models with feature importance and SHAP",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Unsupervised learning",
                description="Find structure in unlabeled data.",
                topics=(
                    "k-means clustering",
                    "Hierarchical clustering and DBSCAN",
                    "Dimensionality reduction with PCA",
                    "Anomaly detection",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Model tuning and generalization",
                description="Diagnose overfitting and tune models systematically.",
                topics=(
                    "The bias-variance tradeoff",
                    "L1 and L2 regularization",
                    "Hyperparameter search with grid search, random search and Optuna",
                    "Learning curves and validation curves",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Neural networks with PyTorch",
                description="Build and train neural networks from first principles with PyTorch.",
                topics=(
                    "Perceptrons and multilayer networks",
                    "Activation and loss functions",
                    "Backpropagation",
                    "Training loops with PyTorch tensors and autograd",
                    "Optimizers and learning rate schedules",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Deep learning architectures",
                description="Apply modern architectures to images, text and sequences.",
                topics=(
                    "Convolutional neural networks for images",
                    "Transfer learning with pretrained models",
                    "Embeddings",
                    "Attention and the transformer architecture",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Language models",
                description="Adapt and evaluate pretrained language models for real tasks.",
                topics=(
                    "Tokenization",
                    "Fine-tuning pretrained models with Hugging Face Transformers",
                    "Parameter-efficient fine-tuning with LoRA",
                    "Retrieval-augmented generation",
                    "Evaluating language model outputs",
                ),
                level="advanced",
            ),
            TrackModule(
                title="MLOps and deployment",
                description="Ship models to production and keep them working over time.",
                topics=(
                    "Experiment tracking with MLflow",
                    "Saving, versioning and loading models",
                    "Serving models behind an HTTP API",
                    "Monitoring models for data drift",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="golang",
        name="Go",
        aliases=(
            "golang",
            "go language",
            "go programming",
            "go programming language",
            "go lang",
            "go developer",
        ),
        modules=(
            TrackModule(
                title="Getting started with Go",
                description=(
                    "Install Go, create a module and build and run programs with the go command."
                ),
                topics=(
                    "Installing Go and using the go command",
                    "Creating a module with go mod init",
                    "Packages, imports and the main function",
                    "Formatting with gofmt and checking code with go vet",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Language basics",
                description=(
                    "Write simple Go programs with variables, types, control flow and functions."
                ),
                topics=(
                    "Variables, constants and zero values",
                    "Basic types and type conversions",
                    "Control flow with if, for and switch",
                    "Functions and multiple return values",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Slices, maps and strings",
                description="Store and process collections of data with Go's built-in types.",
                topics=(
                    "Arrays and slices",
                    "Slice length, capacity and append",
                    "Maps",
                    "Iterating with range",
                    "Strings, bytes and runes",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Structs, methods and pointers",
                description="Model data with structs and attach behaviour with methods.",
                topics=(
                    "Defining and using structs",
                    "Pointers in Go",
                    "Methods with value and pointer receivers",
                    "Struct embedding and composition",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Interfaces",
                description="Write flexible code with Go's implicitly satisfied interfaces.",
                topics=(
                    "Defining and implicitly implementing interfaces",
                    "The empty interface and any",
                    "Type assertions and type switches",
                    "Common standard interfaces: Stringer, io.Reader and io.Writer",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Error handling",
                description="Handle failure idiomatically with errors as values.",
                topics=(
                    "Errors as values",
                    "Wrapping errors with fmt.Errorf and %w",
                    "Inspecting errors with errors.Is and errors.As",
                    "Cleaning up with defer",
                    "panic and recover",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Generics and iterators",
                description=(
                    "Write reusable, type-safe code with type parameters and custom iterators."
                ),
                topics=(
                    "Type parameters in functions and types",
                    "Type constraints and the comparable constraint",
                    "Range-over-function iterators and the iter package",
                    "Generic helpers in the slices and maps packages",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Testing Go code",
                description="Test, benchmark and fuzz Go code with the standard toolchain.",
                topics=(
                    "Table-driven tests with the testing package",
                    "Subtests and test helpers",
                    "Benchmarks",
                    "Fuzz testing",
                    "Measuring test coverage",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Concurrency",
                description=(
                    "Write concurrent programs with goroutines, channels and synchronization "
                    "primitives."
                ),
                topics=(
                    "Goroutines",
                    "Channels and buffered channels",
                    "Multiplexing with select",
                    "sync.WaitGroup and sync.Mutex",
                    "Cancellation and deadlines with context",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Building web services",
                description="Build production-ready HTTP APIs using mostly the standard library.",
                topics=(
                    "HTTP servers and routing patterns with net/http",
                    "HTTP middleware",
                    "Encoding and decoding JSON",
                    "Database access with database/sql and pgx",
                    "Structured logging with log/slog",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Production Go",
                description=(
                    "Apply concurrency patterns, find performance problems and ship Go binaries."
                ),
                topics=(
                    "Worker pools and pipelines",
                    "Detecting data races with the race detector",
                    "Profiling with pprof",
                    "Cross-compiling and shipping static binaries",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="rust",
        name="Rust",
        aliases=(
            "rust",
            "rustlang",
            "rust-lang",
            "rust programming",
        ),
        modules=(
            TrackModule(
                title="Getting started with Rust",
                description=(
                    "Install the Rust toolchain and build, run and lint projects with Cargo."
                ),
                topics=(
                    "Installing Rust with rustup",
                    "Creating and building projects with Cargo",
                    "Adding dependencies from crates.io",
                    "Formatting with rustfmt and linting with Clippy",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Language basics",
                description=(
                    "Write simple Rust programs with variables, types, functions and control flow."
                ),
                topics=(
                    "Variables, mutability and shadowing",
                    "Scalar and compound types",
                    "Functions, statements and expressions",
                    "Control flow with if, loop, while and for",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Ownership and borrowing",
                description=(
                    "Understand Rust's ownership model, the key to memory safety without a "
                    "garbage collector."
                ),
                topics=(
                    "Ownership rules and move semantics",
                    "References and borrowing",
                    "Mutable references and the borrow checker",
                    "Slices and string slices",
                    "Copy and Clone",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Structs, enums and pattern matching",
                description=(
                    "Model data with structs and enums and handle every case with pattern matching."
                ),
                topics=(
                    "Defining structs and methods with impl",
                    "Enums and the Option type",
                    "Pattern matching with match",
                    "Concise matching with if let and let-else",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Collections",
                description="Store dynamic data with the standard library collections.",
                topics=(
                    "Vectors with Vec<T>",
                    "String versus &str and UTF-8 text",
                    "HashMap and the entry API",
                    "HashSet and BTreeMap",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Error handling",
                description="Handle recoverable and unrecoverable errors idiomatically.",
                topics=(
                    "Unrecoverable errors with panic!",
                    "Recoverable errors with Result",
                    "Propagating errors with the ? operator",
                    "Custom error types with thiserror and anyhow",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Traits and generics",
                description="Write reusable abstractions with generics and traits.",
                topics=(
                    "Generic functions, structs and enums",
                    "Defining and implementing traits",
                    "Trait bounds and where clauses",
                    "Trait objects and dynamic dispatch with dyn",
                    "Deriving common traits",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Modules, crates and testing",
                description="Organize larger projects and test them with Cargo.",
                topics=(
                    "Modules, paths and visibility",
                    "Packages, crates and Cargo workspaces",
                    "Unit and integration tests",
                    "Documentation comments and doc tests",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Lifetimes",
                description=(
                    "Understand and annotate lifetimes so the compiler can verify references."
                ),
                topics=(
                    "Lifetime annotations in functions",
                    "Lifetime elision rules",
                    "Lifetimes in structs",
                    "The 'static lifetime",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Closures, iterators and smart pointers",
                description=(
                    "Write expressive functional-style code and manage heap data with smart "
                    "pointers."
                ),
                topics=(
                    "Closures and the Fn, FnMut and FnOnce traits",
                    "Iterator adapters and consumers",
                    "Heap allocation with Box<T>",
                    "Shared ownership with Rc<T> and interior mutability with RefCell<T>",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Fearless concurrency",
                description=(
                    "Write safe multi-threaded code that the compiler checks for data races."
                ),
                topics=(
                    "Spawning threads and scoped threads",
                    "Message passing with channels",
                    "Shared state with Arc and Mutex",
                    "The Send and Sync traits",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Async Rust",
                description="Write asynchronous network services with async/await and Tokio.",
                topics=(
                    "Futures and async/await",
                    "The Tokio runtime and tasks",
                    "Async I/O and networking with Tokio",
                    "Building a web API with Axum",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="git",
        name="Git",
        aliases=(
            "git",
            "github",
            "gitlab",
            "version control",
            "source control",
        ),
        modules=(
            TrackModule(
                title="Version control fundamentals",
                description="Understand what Git does and create your first repository.",
                topics=(
                    "What version control is and why it matters",
                    "Installing and configuring Git",
                    "Creating a repository with git init",
                    "The working tree, staging area and repository",
                ),
                level="beginner",
            ),
            TrackModule(
                title="The everyday workflow",
                description="Record changes as a clean history of well-described commits.",
                topics=(
                    "Staging and committing with git add and git commit",
                    "Checking changes with git status and git diff",
                    "Exploring history with git log",
                    "Ignoring files with .gitignore",
                    "Writing good commit messages",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Undoing changes",
                description="Safely undo mistakes at every stage of the workflow.",
                topics=(
                    "Discarding and unstaging changes with git restore",
                    "Amending the last commit",
                    "Reverting commits with git revert",
                    "Moving branches with git reset soft, mixed and hard",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Branching and merging",
                description="Work on features in isolation and combine the results.",
                topics=(
                    "Creating and switching branches with git switch",
                    "Fast-forward and three-way merges",
                    "Resolving merge conflicts",
                    "Listing, renaming and deleting branches",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Working with remotes",
                description="Share work with others through remote repositories.",
                topics=(
                    "Cloning repositories",
                    "Remotes, git fetch and git pull",
                    "Pushing branches and upstream tracking",
                    "Authenticating to GitHub with SSH keys",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Collaborating on GitHub",
                description="Propose, review and integrate changes in a team.",
                topics=(
                    "Forks and pull requests",
                    "Reviewing code in pull requests",
                    "Tracking work with issues",
                    "Protecting branches with rules and required checks",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Rewriting history",
                description="Keep history clean with rebasing and interactive rebase.",
                topics=(
                    "Rebasing a branch onto main",
                    "Squashing and reordering commits with interactive rebase",
                    "Choosing between rebase and merge",
                    "Pulling with rebase and force-pushing safely",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Branching strategies and releases",
                description="Choose a team workflow and publish versioned releases.",
                topics=(
                    "Trunk-based development",
                    "GitHub Flow and short-lived feature branches",
                    "Tags and semantic versioning",
                    "Publishing releases and changelogs",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Power tools",
                description="Investigate history and recover from almost any mistake.",
                topics=(
                    "Saving work in progress with git stash",
                    "Applying specific commits with git cherry-pick",
                    "Finding bugs with git bisect",
                    "Recovering lost commits with git reflog",
                    "Multiple working directories with git worktree",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Git internals and automation",
                description="Understand how Git stores data and automate checks around commits.",
                topics=(
                    "Git objects: blobs, trees and commits",
                    "References, branches and HEAD under the hood",
                    "Automating checks with Git hooks and pre-commit",
                    "Signing commits with SSH or GPG keys",
                    "Versioning large files with Git LFS",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="devops",
        name="DevOps",
        aliases=(
            "devops",
            "dev ops",
            "ci/cd",
            "cicd",
            "continuous integration",
            "continuous delivery",
            "continuous deployment",
            "sre",
            "site reliability",
            "site reliability engineering",
            "infrastructure as code",
            "platform engineering",
        ),
        modules=(
            TrackModule(
                title="DevOps foundations",
                description=(
                    "Understand DevOps principles and become productive on the Linux command line."
                ),
                topics=(
                    "DevOps culture, principles and DORA metrics",
                    "The software delivery lifecycle",
                    "Linux command-line essentials",
                    "Shell scripting with Bash",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Linux administration",
                description="Manage Linux servers, services and access.",
                topics=(
                    "Processes and systemd services",
                    "Users, groups and file permissions",
                    "Package management with apt and dnf",
                    "Remote server access with SSH",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Networking essentials",
                description="Understand the networking that every deployed application relies on.",
                topics=(
                    "IP addresses, ports and DNS",
                    "HTTP, HTTPS and TLS certificates",
                    "Load balancers and reverse proxies",
                    "Firewalls and security groups",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Containers for DevOps",
                description="Package applications consistently for every environment.",
                topics=(
                    "Containerizing applications with Docker",
                    "Local environments with Docker Compose",
                    "Storing images in container registries",
                    "The twelve-factor app methodology",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Continuous integration",
                description="Automatically build, lint and test every change.",
                topics=(
                    "Continuous integration principles",
                    "Writing GitHub Actions workflows",
                    "Running tests and linters in CI",
                    "Caching dependencies and build artifacts",
                    "Matrix builds across versions and platforms",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Continuous delivery and deployment",
                description="Release software frequently, safely and reversibly.",
                topics=(
                    "Continuous delivery versus continuous deployment",
                    "Blue-green, canary and rolling deployments",
                    "Environment promotion and manual approvals",
                    "Decoupling releases with feature flags",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Infrastructure as code",
                description="Provision and configure infrastructure reproducibly from code.",
                topics=(
                    "Infrastructure as code principles",
                    "Terraform and OpenTofu providers, resources and state",
                    "Reusable Terraform modules",
                    "Configuration management with Ansible",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Cloud fundamentals",
                description="Use core cloud services securely and cost-effectively.",
                topics=(
                    "Core cloud services: compute, storage and networking",
                    "Identity and access management and least privilege",
                    "Managed databases and object storage",
                    "Cloud cost management",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Kubernetes and GitOps",
                description=(
                    "Deploy and operate containerized applications on Kubernetes declaratively."
                ),
                topics=(
                    "Deploying applications to Kubernetes",
                    "Packaging applications with Helm",
                    "GitOps with Argo CD",
                    "Autoscaling workloads and clusters",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Observability",
                description=(
                    "See what production systems are doing through metrics, logs and traces."
                ),
                topics=(
                    "Metrics with Prometheus",
                    "Dashboards with Grafana",
                    "Centralized structured logging",
                    "Distributed tracing with OpenTelemetry",
                    "Actionable alerting",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Site reliability engineering",
                description="Balance reliability and delivery speed with SRE practices.",
                topics=(
                    "SLIs, SLOs and error budgets",
                    "Incident response and on-call",
                    "Blameless postmortems",
                    "Capacity planning",
                    "Chaos engineering",
                ),
                level="advanced",
            ),
            TrackModule(
                title="DevSecOps",
                description="Build security into the delivery pipeline.",
                topics=(
                    "Secrets management with HashiCorp Vault",
                    "Dependency and container image scanning",
                    "Supply chain security with SBOMs and Sigstore signing",
                    "Policy as code with Open Policy Agent",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="web-frontend",
        name="Web Frontend (HTML and CSS)",
        aliases=(
            "html",
            "html5",
            "css",
            "css3",
            "frontend",
            "front-end",
            "front end",
            "frontend developer",
            "web design",
            "web designer",
            "responsive design",
        ),
        modules=(
            TrackModule(
                title="How the web works",
                description=(
                    "Understand how browsers load pages and set up a front-end development "
                    "environment."
                ),
                topics=(
                    "How browsers, servers and HTTP work together",
                    "Setting up a code editor and browser DevTools",
                    "HTML document structure",
                    "How browsers parse and render a page",
                ),
                level="beginner",
            ),
            TrackModule(
                title="HTML content",
                description="Mark up content with the right HTML elements.",
                topics=(
                    "Headings, paragraphs and text elements",
                    "Links and navigation",
                    "Images, audio and video",
                    "Lists and tables",
                    "Semantic HTML elements",
                ),
                level="beginner",
            ),
            TrackModule(
                title="HTML forms",
                description="Build usable, accessible forms that validate input in the browser.",
                topics=(
                    "Form elements and input types",
                    "Labels and accessible form controls",
                    "Built-in form validation",
                    "Buttons and form submission",
                ),
                level="beginner",
            ),
            TrackModule(
                title="CSS fundamentals",
                description=(
                    "Style pages with CSS and understand how the browser decides which rules apply."
                ),
                topics=(
                    "Selectors and specificity",
                    "The cascade and inheritance",
                    "The box model",
                    "Colors, units and typography",
                ),
                level="beginner",
            ),
            TrackModule(
                title="CSS layout",
                description="Build page layouts with modern CSS layout systems.",
                topics=(
                    "Normal flow and the display property",
                    "Flexbox",
                    "CSS Grid",
                    "Positioning elements",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Responsive design",
                description="Make pages that work well on every screen size.",
                topics=(
                    "Media queries",
                    "Mobile-first design",
                    "Responsive images with srcset and sizes",
                    "Container queries",
                    "Fluid typography with clamp()",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Modern CSS features",
                description="Write maintainable CSS with the latest language features.",
                topics=(
                    "CSS custom properties",
                    "Native CSS nesting",
                    "The :has() selector",
                    "Organizing styles with cascade layers",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Web accessibility",
                description=(
                    "Build interfaces that everyone can use, including keyboard and screen "
                    "reader users."
                ),
                topics=(
                    "WCAG principles and conformance levels",
                    "ARIA roles and attributes",
                    "Keyboard navigation and focus management",
                    "Color contrast and accessible typography",
                    "Testing with screen readers and automated tools",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Animation and motion",
                description="Add purposeful motion while respecting user preferences.",
                topics=(
                    "CSS transitions",
                    "Keyframe animations",
                    "2D and 3D transforms",
                    "The View Transitions API",
                    "Respecting prefers-reduced-motion",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Front-end tooling",
                description="Use a modern toolchain to build and maintain front-end code.",
                topics=(
                    "Utility-first styling with Tailwind CSS",
                    "Front-end builds with Vite",
                    "Linting CSS with Stylelint",
                    "Browser support with Baseline and Browserslist",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Web performance",
                description="Measure and improve how fast pages load and respond.",
                topics=(
                    "Core Web Vitals",
                    "Lazy loading images and iframes",
                    "Optimizing web fonts",
                    "Eliminating render-blocking resources",
                    "Auditing pages with Lighthouse",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Design systems and deployment",
                description="Build consistent, reusable UI and publish sites to the web.",
                topics=(
                    "Design tokens",
                    "Building reusable UI components",
                    "Cross-browser testing",
                    "Deploying static sites to GitHub Pages or Netlify",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="java",
        name="Java",
        aliases=(
            "java",
            "spring",
            "spring boot",
            "springboot",
            "jvm",
            "java developer",
        ),
        modules=(
            TrackModule(
                title="Getting started with Java",
                description=(
                    "Install a JDK and compile and run Java programs from the command line and "
                    "an IDE."
                ),
                topics=(
                    "Installing a JDK (Java 25 LTS)",
                    "Compiling and running code with javac and java",
                    "Working in an IDE such as IntelliJ IDEA",
                    "Program structure and the main method",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Language basics",
                description=(
                    "Write simple Java programs with variables, strings, conditionals and loops."
                ),
                topics=(
                    "Primitive types and variables",
                    "Strings, StringBuilder and text blocks",
                    "Conditionals and switch expressions",
                    "Loops: for, enhanced for and while",
                    "Arrays",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Classes and objects",
                description="Model data and behaviour with classes and encapsulation.",
                topics=(
                    "Methods, parameters and overloading",
                    "Classes and objects",
                    "Constructors",
                    "Encapsulation and access modifiers",
                    "Static fields and methods",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Inheritance and interfaces",
                description=(
                    "Reuse and abstract behaviour with inheritance, interfaces and polymorphism."
                ),
                topics=(
                    "Inheritance and method overriding",
                    "Abstract classes",
                    "Interfaces and default methods",
                    "Polymorphism and dynamic dispatch",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Modern Java types",
                description=(
                    "Model data concisely with records, enums, sealed types and pattern matching."
                ),
                topics=(
                    "Records",
                    "Enums",
                    "Sealed classes and interfaces",
                    "Pattern matching for instanceof and switch",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Collections and generics",
                description=(
                    "Store and process data with the Collections Framework and generic types."
                ),
                topics=(
                    "Lists with ArrayList",
                    "Maps with HashMap",
                    "Sets with HashSet and TreeSet",
                    "Generics and bounded type parameters",
                    "equals and hashCode contracts",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Exceptions and file I/O",
                description="Handle errors robustly and read and write files.",
                topics=(
                    "Checked and unchecked exceptions",
                    "Managing resources with try-with-resources",
                    "Custom exception classes",
                    "File I/O with java.nio.file",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Functional programming and streams",
                description="Process collections declaratively with lambdas and the Stream API.",
                topics=(
                    "Lambdas and functional interfaces",
                    "Method references",
                    "The Stream API",
                    "Collecting results with Collectors",
                    "Avoiding null with Optional",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Concurrency",
                description=(
                    "Write correct concurrent programs with executors, virtual threads and futures."
                ),
                topics=(
                    "Threads and ExecutorService",
                    "Virtual threads",
                    "Asynchronous programming with CompletableFuture",
                    "Synchronization, locks and atomic variables",
                    "Concurrent collections",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Build tools and testing",
                description=(
                    "Build projects with Maven or Gradle and test them with JUnit and Mockito."
                ),
                topics=(
                    "Building projects with Maven and Gradle",
                    "Unit testing with JUnit 5",
                    "Mocking dependencies with Mockito",
                    "Logging with SLF4J",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Spring Boot fundamentals",
                description="Build REST APIs with Spring Boot and dependency injection.",
                topics=(
                    "Creating a Spring Boot project with Spring Initializr",
                    "Dependency injection and Spring beans",
                    "Building REST controllers",
                    "Configuration properties and profiles",
                    "Request validation with Jakarta Bean Validation",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Spring Boot data and security",
                description=(
                    "Persist data, secure endpoints and test and ship Spring Boot applications."
                ),
                topics=(
                    "Spring Data JPA entities and repositories",
                    "Database migrations with Flyway",
                    "Securing endpoints with Spring Security",
                    "Integration testing with @SpringBootTest",
                    "Packaging and deploying Spring Boot applications",
                ),
                level="advanced",
            ),
        ),
    ),
    Track(
        key="node",
        name="Node.js",
        aliases=(
            "node",
            "node.js",
            "nodejs",
            "node js",
            "express",
            "express.js",
            "expressjs",
        ),
        modules=(
            TrackModule(
                title="Getting started with Node.js",
                description="Install Node.js, run scripts and manage dependencies with npm.",
                topics=(
                    "Installing Node.js with a version manager",
                    "Running scripts and using the Node.js REPL",
                    "Managing dependencies with npm and package.json",
                    "ES modules and CommonJS in Node.js",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Core modules",
                description=(
                    "Use Node's built-in modules to work with files, paths and the process "
                    "environment."
                ),
                topics=(
                    "Working with files using fs/promises",
                    "Building file paths with node:path",
                    "Process, command-line arguments and exit codes",
                    "Environment variables and --env-file",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Asynchronous Node.js",
                description="Understand the event loop and write non-blocking code.",
                topics=(
                    "The Node.js event loop",
                    "Error-first callbacks",
                    "Promises and async/await in Node.js",
                    "Events with EventEmitter",
                ),
                level="beginner",
            ),
            TrackModule(
                title="Buffers and streams",
                description="Process binary data and large files efficiently with streams.",
                topics=(
                    "Buffers and binary data",
                    "Readable and writable streams",
                    "Composing streams with stream.pipeline",
                    "Processing large files with streams",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="HTTP fundamentals in Node.js",
                description="Serve and consume HTTP with the built-in APIs.",
                topics=(
                    "Creating an HTTP server with node:http",
                    "Parsing requests and sending responses",
                    "Calling external APIs with fetch",
                    "Serving static files from Node.js",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Express",
                description="Build web servers quickly with Express routing and middleware.",
                topics=(
                    "Setting up an Express application",
                    "Routing and route parameters in Express",
                    "Writing Express middleware",
                    "Error-handling middleware",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Building REST APIs",
                description="Design and implement consistent, validated JSON APIs.",
                topics=(
                    "Designing RESTful endpoints",
                    "Validating request bodies with Zod",
                    "HTTP status codes and JSON error responses",
                    "Documenting APIs with OpenAPI",
                ),
                level="intermediate",
            ),
            TrackModule(
                title="Databases",
                description="Persist data in PostgreSQL from Node.js applications.",
                topics=(
                    "Querying PostgreSQL with node-postgres",
                    "Type-safe database access with Prisma or Drizzle",
                    "Running database migrations",
                    "Connection pooling and transactions",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Authentication and security",
                description="Protect users and APIs against common attacks.",
                topics=(
                    "Hashing passwords with argon2 or bcrypt",
                    "Session cookies versus JWT authentication",
                    "Security headers with Helmet",
                    "Rate limiting and CORS configuration",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Testing and TypeScript",
                description="Test Node.js services and add static typing.",
                topics=(
                    "Writing tests with the built-in node:test runner",
                    "Testing HTTP endpoints with Supertest",
                    "Mocking modules and timers",
                    "Using TypeScript in Node.js projects",
                ),
                level="advanced",
            ),
            TrackModule(
                title="Production Node.js",
                description="Scale, observe and deploy Node.js services reliably.",
                topics=(
                    "CPU-bound work with worker threads",
                    "Scaling across cores with cluster and process managers",
                    "Structured logging with pino",
                    "Graceful shutdown and signal handling",
                    "Deploying Node.js applications with Docker",
                ),
                level="advanced",
            ),
        ),
    ),
)
