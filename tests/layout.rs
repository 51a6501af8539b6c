//! The engine's layout (issue 19), checked on its source: the core imports
//! nothing above it, the benefits import the core (and each other), the
//! profiles, the directory and `rules/mod.rs` sit on top, nothing inside
//! the engine goes through its top, there are no circles, and the engine
//! names neither the UI nor the catalogue of words.
//!
//! Every path in the code of `src/rules/**` (comments and strings left out)
//! is resolved as rustc would resolve it: `super::` from the file's module
//! (or the inline `mod` it is in), `crate::`, `self::`, and in a `use` the
//! braces expanded. A path then names one layer of the engine:
//!
//! - `crate::rules::core::…`: the core (`src/rules/core/`);
//! - `crate::rules::benefits::…`: one benefit or what several share;
//! - `crate::rules::profiles::…` and `crate::rules::directory::…`: data
//!   about towns and services, on top of the benefits;
//! - any other `crate::rules::…`: `rules/mod.rs`, the top (`evaluate`, the
//!   registry, the re-exports that keep the old paths for the rest of the
//!   crate).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The crates a `use` may name by their own name (not modules of ours).
const EXTERN: &[&str] = &[
    "std",
    "core",
    "alloc",
    "chrono",
    "serde",
    "serde_json",
    "rust_decimal",
    "rust_decimal_macros",
];

/// One source file of the engine.
struct File {
    /// Relative to `src/rules`, for messages.
    rel: String,
    /// Its module: `["crate", "rules", "core", "ids", "means"]`.
    module: Vec<String>,
    text: String,
    /// Every path its code names, resolved, with the line it is on.
    paths: Vec<(usize, Vec<String>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Core,
    Benefits,
    /// The profiles and the directory: data about towns and services.
    Data,
    /// `rules/mod.rs`: `evaluate`, the registry, the re-exports.
    Top,
    /// Outside the engine: `crate::ui`, `crate::i18n`, `crate::draft`…
    Outside,
}

fn layer(path: &[String]) -> Layer {
    match path {
        [c, r, next, ..] if c == "crate" && r == "rules" => match next.as_str() {
            "core" => Layer::Core,
            "benefits" => Layer::Benefits,
            "profiles" | "directory" => Layer::Data,
            _ => Layer::Top,
        },
        [c, r] if c == "crate" && r == "rules" => Layer::Top,
        _ => Layer::Outside,
    }
}

fn rules_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules")
}

fn files() -> Vec<File> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a directory entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = rules_dir();
    let mut paths = Vec::new();
    walk(&root, &mut paths);
    let mut files: Vec<File> = paths
        .into_iter()
        .map(|path| {
            let rel = path
                .strip_prefix(&root)
                .expect("under src/rules")
                .to_string_lossy()
                .replace('\\', "/");
            let mut module = vec!["crate".to_string(), "rules".to_string()];
            let parts: Vec<&str> = rel.trim_end_matches(".rs").split('/').collect();
            for (i, part) in parts.iter().enumerate() {
                if !(i == parts.len() - 1 && *part == "mod") {
                    module.push((*part).to_string());
                }
            }
            let text = fs::read_to_string(&path).expect("a readable source file");
            File {
                rel,
                module,
                text,
                paths: Vec::new(),
            }
        })
        .collect();
    // A plain `name::` in code is followed when `name` is a module of
    // ours, so every module is known before any path is resolved.
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    for f in &mut files {
        f.paths = resolved_paths(&strip(&f.text), &f.module, &modules);
    }
    files
}

/// The code with comments, strings and character literals blanked out
/// (newlines kept, so line numbers stay right).
fn strip(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    while i < c.len() {
        let next = c.get(i + 1).copied();
        if c[i] == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if c[i] == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if c[i] == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_'))
        {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if c.get(j) != Some(&'"') {
                out.push(c[i]);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match c.get(j) {
                    None => break,
                    Some('"') if (1..=hashes).all(|h| c.get(j + h) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    Some(&ch) => {
                        blank(&mut out, ch);
                        j += 1;
                    }
                }
            }
            i = j;
        } else if c[i] == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    i += 1;
                }
                if let Some(&ch) = c.get(i) {
                    blank(&mut out, ch);
                }
                i += 1;
            }
            i += 1;
        } else if c[i] == '\'' {
            // A character literal ('x', '\n', '\u{…}'), else a lifetime.
            if next == Some('\\') {
                let mut j = i + 2;
                while j < c.len() && c[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if c.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                out.push(c[i]);
                i += 1;
            }
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Path,
    Open,
    Close,
    Comma,
    Semi,
    Star,
    Other,
}

fn tokens(code: &str) -> Vec<(usize, Token)> {
    let c: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push((line, Token::Ident(c[start..i].iter().collect())));
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            out.push((line, Token::Path));
            i += 2;
        } else {
            out.push((
                line,
                match ch {
                    '{' => Token::Open,
                    '}' => Token::Close,
                    ',' => Token::Comma,
                    ';' => Token::Semi,
                    '*' => Token::Star,
                    _ => Token::Other,
                },
            ));
            i += 1;
        }
    }
    out
}

/// `path` as seen from `module`; `None` for a path into another crate, or
/// for a plain name that is not a path into a module of ours.
fn resolve(module: &[String], path: &[String], in_use: bool) -> Option<Vec<String>> {
    let first = path.first()?;
    let (mut base, rest) = match first.as_str() {
        "crate" => (vec!["crate".to_string()], &path[1..]),
        "self" => (module.to_vec(), &path[1..]),
        "super" => {
            let mut base = module.to_vec();
            let mut rest = path;
            while rest.first().is_some_and(|s| s == "super") {
                base.pop();
                rest = &rest[1..];
            }
            (base, rest)
        }
        name if EXTERN.contains(&name) => return None,
        // In a `use`, a plain first name is a child module or an item of
        // this module (2018 paths); elsewhere it is not a path we follow.
        _ if in_use => (module.to_vec(), path),
        _ => return None,
    };
    base.extend(rest.iter().cloned());
    Some(base)
}

/// Every path in `code` (already stripped), resolved from `module`;
/// `modules`: the engine's modules, for a path that starts with a child
/// module's plain name (`profiles::applies` in `rules/mod.rs`).
fn resolved_paths(
    code: &str,
    module: &[String],
    modules: &BTreeSet<Vec<String>>,
) -> Vec<(usize, Vec<String>)> {
    let toks = tokens(code);
    let mut out = Vec::new();
    // The inline modules open at each point (`mod tests { … }`), with the
    // brace depth at which each closes.
    let mut depth = 0usize;
    let mut inline: Vec<(String, usize)> = Vec::new();
    let here = |inline: &[(String, usize)]| {
        let mut m = module.to_vec();
        m.extend(inline.iter().map(|(n, _)| n.clone()));
        m
    };
    let mut i = 0;
    while i < toks.len() {
        let (line, tok) = &toks[i];
        match tok {
            Token::Open => depth += 1,
            Token::Close => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
            }
            Token::Ident(w) if w == "mod" => {
                if let (Some((_, Token::Ident(name))), Some((_, Token::Open))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    inline.push((name.clone(), depth));
                    depth += 1;
                    i += 3;
                    continue;
                }
            }
            Token::Ident(w) if w == "use" => {
                let end = toks[i..]
                    .iter()
                    .position(|(_, t)| *t == Token::Semi)
                    .map_or(toks.len(), |p| i + p);
                let m = here(&inline);
                for path in expand(&toks[i + 1..end]) {
                    if let Some(abs) = resolve(&m, &path, true) {
                        out.push((*line, abs));
                    }
                }
                i = end + 1;
                continue;
            }
            Token::Ident(w) => {
                let preceded_by_path = i > 0 && toks[i - 1].1 == Token::Path;
                let child = || {
                    let mut m = here(&inline);
                    m.push(w.clone());
                    modules.contains(&m)
                };
                if !preceded_by_path && (w == "crate" || w == "super" || w == "self" || child()) {
                    let mut path = vec![w.clone()];
                    let mut j = i + 1;
                    while let (Some((_, Token::Path)), Some((_, Token::Ident(next)))) =
                        (toks.get(j), toks.get(j + 1))
                    {
                        path.push(next.clone());
                        j += 2;
                    }
                    if path.len() > 1 {
                        if let Some(abs) = resolve(
                            &here(&inline),
                            &path,
                            w != "crate" && w != "super" && w != "self",
                        ) {
                            out.push((*line, abs));
                        }
                    }
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The paths of one `use` tree (`a::{b, c::{d, self}}`, `x as y`, `*`).
fn expand(toks: &[(usize, Token)]) -> Vec<Vec<String>> {
    fn tree(
        toks: &[(usize, Token)],
        pos: &mut usize,
        prefix: Vec<String>,
        out: &mut Vec<Vec<String>>,
    ) {
        let mut path = prefix;
        loop {
            match toks.get(*pos).map(|(_, t)| t) {
                Some(Token::Ident(w)) if w == "as" => {
                    *pos += 2;
                }
                Some(Token::Ident(w)) if w == "self" && path.len() > 1 => {
                    *pos += 1;
                }
                Some(Token::Ident(w)) => {
                    path.push(w.clone());
                    *pos += 1;
                }
                Some(Token::Path) => *pos += 1,
                Some(Token::Star) => *pos += 1,
                Some(Token::Open) => {
                    *pos += 1;
                    loop {
                        match toks.get(*pos).map(|(_, t)| t) {
                            None => return,
                            Some(Token::Close) => {
                                *pos += 1;
                                return;
                            }
                            Some(Token::Comma) => *pos += 1,
                            _ => tree(toks, pos, path.clone(), out),
                        }
                    }
                }
                _ => break,
            }
        }
        if !path.is_empty() {
            out.push(path);
        }
    }
    let mut out = Vec::new();
    let mut pos = 0;
    // `pub use`, `pub(crate) use`: the visibility is before `use`, so the
    // tree starts here.
    tree(toks, &mut pos, Vec::new(), &mut out);
    out
}

fn file_layer(f: &File) -> Layer {
    if f.module.len() == 2 {
        Layer::Top
    } else {
        layer(&f.module)
    }
}

/// The layers `from` may name.
fn allowed(from: Layer) -> &'static [Layer] {
    match from {
        Layer::Core => &[Layer::Core],
        Layer::Benefits => &[Layer::Core, Layer::Benefits],
        Layer::Data => &[Layer::Core, Layer::Benefits, Layer::Data],
        Layer::Top => &[Layer::Core, Layer::Benefits, Layer::Data, Layer::Top],
        Layer::Outside => &[],
    }
}

fn show(path: &[String]) -> String {
    path.join("::")
}

fn violations(only: Layer) -> Vec<String> {
    let mut bad = Vec::new();
    for f in files().iter().filter(|f| file_layer(f) == only) {
        for (line, path) in &f.paths {
            if !allowed(only).contains(&layer(path)) {
                bad.push(format!("src/rules/{}:{line}: {}", f.rel, show(path)));
            }
        }
    }
    bad
}

#[test]
fn core_imports_nothing_above_it() {
    let bad = violations(Layer::Core);
    assert!(
        bad.is_empty(),
        "src/rules/core/ may name only the core (no benefits, profiles, \
         directory, rules/mod.rs or area module outside core):\n{}",
        bad.join("\n")
    );
}

#[test]
fn benefits_import_only_the_core_and_each_other() {
    let bad = violations(Layer::Benefits);
    assert!(
        bad.is_empty(),
        "src/rules/benefits/ may name only the core and other benefits:\n{}",
        bad.join("\n")
    );
}

#[test]
fn profiles_and_directory_import_nothing_from_the_top() {
    let bad = violations(Layer::Data);
    assert!(
        bad.is_empty(),
        "src/rules/profiles/ and directory.rs may name the core, the \
         benefits and each other, not rules/mod.rs (its re-exports are for \
         the rest of the crate):\n{}",
        bad.join("\n")
    );
}

#[test]
fn engine_imports_nothing_from_the_rest_of_the_crate() {
    let bad = violations(Layer::Top);
    assert!(
        bad.is_empty(),
        "src/rules/mod.rs may not name the rest of the crate:\n{}",
        bad.join("\n")
    );
}

/// The engine holds no display text: it names neither the UI nor the
/// catalogue of words, not even in a comment or a doc link.
#[test]
fn engine_names_neither_ui_nor_i18n() {
    let mut bad = Vec::new();
    for f in files() {
        for (line, path) in &f.paths {
            if path.len() > 1 && path[0] == "crate" && (path[1] == "ui" || path[1] == "i18n") {
                bad.push(format!("src/rules/{}:{line}: {}", f.rel, show(path)));
            }
        }
        for (n, text_line) in f.text.lines().enumerate() {
            if text_line.contains("crate::ui") || text_line.contains("crate::i18n") {
                bad.push(format!(
                    "src/rules/{}:{}: {}",
                    f.rel,
                    n + 1,
                    text_line.trim()
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "src/rules/ names crate::ui or crate::i18n:\n{}",
        bad.join("\n")
    );
}

/// The unit a module path belongs to for the circle check: the file that
/// defines it (the longest module prefix with a file), with `params/` and
/// `profiles/` each one unit (their `mod.rs` and files are one table).
fn unit(path: &[String], modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut p = path.to_vec();
    while !p.is_empty() && !modules.contains(&p) {
        p.pop();
    }
    if p.is_empty() {
        return None;
    }
    for folder in [
        &["crate", "rules", "core", "params"][..],
        &["crate", "rules", "profiles"],
    ] {
        if p.len() >= folder.len() && p.iter().zip(folder).all(|(a, b)| a == b) {
            return Some(folder.iter().map(|s| s.to_string()).collect());
        }
    }
    Some(p)
}

fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let files = files();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for f in &files {
        let Some(from) = unit(&f.module, &modules) else {
            continue;
        };
        let out = edges.entry(from.clone()).or_default();
        for (_, path) in &f.paths {
            if let Some(to) = unit(path, &modules) {
                if to != from {
                    out.insert(to);
                }
            }
        }
    }
    edges
}

#[test]
fn no_module_of_the_engine_imports_itself_back() {
    let edges = graph();
    // Depth-first search; a grey node met again closes a circle.
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        state: &mut BTreeMap<Vec<String>, bool>,
        stack: &mut Vec<Vec<String>>,
        circles: &mut Vec<String>,
    ) {
        match state.get(node) {
            Some(true) => return,
            Some(false) => {
                let start = stack.iter().position(|n| n == node).unwrap_or(0);
                let name = |n: &Vec<String>| match show(&n[2..]) {
                    s if s.is_empty() => "rules".to_string(),
                    s => s,
                };
                let mut names: Vec<String> = stack[start..].iter().map(name).collect();
                names.push(name(node));
                circles.push(names.join(" → "));
                return;
            }
            None => {}
        }
        state.insert(node.clone(), false);
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, state, stack, circles);
        }
        stack.pop();
        state.insert(node.clone(), true);
    }
    let mut state = BTreeMap::new();
    let mut circles = Vec::new();
    for node in edges.keys() {
        visit(node, &edges, &mut state, &mut Vec::new(), &mut circles);
    }
    assert!(
        circles.is_empty(),
        "circles between the engine's modules:\n{}",
        circles.join("\n")
    );
}

/// The checks above see what they check: known imports are found and
/// resolved (so a broken reader cannot make them pass on nothing).
#[test]
fn the_checks_see_the_imports() {
    let edges = graph();
    let m = |s: &str| -> Vec<String> { s.split("::").map(str::to_string).collect() };
    for (from, to) in [
        // `use super::ids::means::{…}` in a core file.
        (
            "crate::rules::core::outcome",
            "crate::rules::core::ids::means",
        ),
        (
            "crate::rules::core::facts",
            "crate::rules::core::ids::child_raising",
        ),
        // `use crate::rules::core::…` and `use super::…` in a benefit.
        ("crate::rules::benefits::vmi", "crate::rules::core::outcome"),
        (
            "crate::rules::benefits::vmi",
            "crate::rules::benefits::means",
        ),
        (
            "crate::rules::benefits::heating_aid",
            "crate::rules::benefits::vulnerable_consumer",
        ),
        // A `use` with braces, and the top over everything.
        ("crate::rules::profiles", "crate::rules::benefits::means"),
        ("crate::rules", "crate::rules::profiles"),
        ("crate::rules", "crate::rules::benefits::vmi"),
    ] {
        assert!(
            edges.get(&m(from)).is_some_and(|e| e.contains(&m(to))),
            "expected {from} to import {to}; found {:?}",
            edges.get(&m(from))
        );
    }
    // The reader itself: comments, strings and inline modules.
    let code = strip(
        "// use crate::rules::profiles;\nlet s = \"crate::ui\"; let c = '\"';\n\
         mod tests { use super::*; fn f() { crate::rules::core::facts::merge(x); } }\n\
         use super::{a::{b, self}, c as d};",
    );
    let module = m("crate::rules::core::outcome");
    let modules = BTreeSet::from([module.clone()]);
    let found: Vec<String> = resolved_paths(&code, &module, &modules)
        .into_iter()
        .map(|(_, p)| show(&p))
        .collect();
    assert_eq!(
        found,
        [
            "crate::rules::core::outcome",
            "crate::rules::core::facts::merge",
            "crate::rules::core::a::b",
            "crate::rules::core::a",
            "crate::rules::core::c",
        ]
    );
}
