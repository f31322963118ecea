//! The shape of the code: dependencies between the top-level modules of
//! `src/` run one way (web plumbing → features → domain and database), so
//! that a module can be read, changed and tested without the ones above it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules (files and folders directly under `src/`),
/// without the crate roots.
fn modules() -> BTreeSet<String> {
    std::fs::read_dir(src())
        .expect("read src")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let name = name.strip_suffix(".rs").unwrap_or(&name).to_string();
            (e.path().is_dir() || e.path().extension().is_some_and(|x| x == "rs")).then_some(name)
        })
        .filter(|m| m != "lib" && m != "main")
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Modules named after `crate::` in a text, including `crate::{a, b::c}`.
fn referenced(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        if at > 0 && text[..at].ends_with('$') {
            continue; // `$crate::` in a macro names this crate's root too
        }
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            let mut depth = 0;
            let mut item = String::new();
            for c in inner.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.insert(item.trim().chars().take_while(|c| is_ident(*c)).collect());
                        item.clear();
                    }
                    _ => item.push(c),
                }
            }
            found.insert(item.trim().chars().take_while(|c| is_ident(*c)).collect());
        } else {
            found.insert(rest.chars().take_while(|c| is_ident(*c)).collect());
        }
    }
    found
}

/// Module → the modules it uses.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = modules
        .iter()
        .map(|m| (m.clone(), BTreeSet::new()))
        .collect();
    for file in files {
        let rel = file.strip_prefix(src()).expect("under src");
        let first = rel.components().next().expect("a component");
        let first = first.as_os_str().to_string_lossy();
        let module = first.strip_suffix(".rs").unwrap_or(&first).to_string();
        if !modules.contains(&module) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read file");
        for used in referenced(&text) {
            if used != module && modules.contains(&used) {
                graph.entry(module.clone()).or_default().insert(used);
            }
        }
    }
    graph
}

/// A cycle through `start`, if there is one.
fn cycle_from(
    graph: &BTreeMap<String, BTreeSet<String>>,
    start: &str,
    path: &mut Vec<String>,
) -> Option<Vec<String>> {
    let here = path.last().cloned().unwrap_or_else(|| start.to_string());
    for next in graph.get(&here).into_iter().flatten() {
        if next == start {
            let mut cycle = path.clone();
            cycle.push(start.to_string());
            return Some(cycle);
        }
        if path.contains(next) {
            continue;
        }
        path.push(next.clone());
        if let Some(c) = cycle_from(graph, start, path) {
            return Some(c);
        }
        path.pop();
    }
    None
}

#[test]
fn top_level_modules_depend_on_each_other_one_way() {
    let graph = graph();
    assert!(graph.len() > 10, "modules not found: {graph:?}");
    let mut cycles = Vec::new();
    for module in graph.keys() {
        let mut path = vec![module.clone()];
        if let Some(cycle) = cycle_from(&graph, module, &mut path) {
            cycles.push(cycle.join(" → "));
        }
    }
    let listing: Vec<String> = graph
        .iter()
        .map(|(m, uses)| {
            format!(
                "  {m} → {}",
                uses.iter().cloned().collect::<Vec<_>>().join(", ")
            )
        })
        .collect();
    assert!(
        cycles.is_empty(),
        "dependency cycles between modules:\n{}\n\nall dependencies:\n{}",
        cycles.join("\n"),
        listing.join("\n")
    );
}

#[test]
fn the_reference_reader_sees_groups_and_paths() {
    let found = referenced("use crate::{i18n, web::page::Page};\nlet x = crate::db::now();");
    assert!(found.contains("i18n") && found.contains("web") && found.contains("db"));
    assert!(!referenced("$crate::db::x").contains("db"));
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    g.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    let mut path = vec!["a".to_string()];
    assert_eq!(
        cycle_from(&g, "a", &mut path).map(|c| c.join(" → ")),
        Some("a → b → c → a".to_string())
    );
}

/// Message keys named literally in code (`t("key")`, `t(lang, "key")`,
/// `t_vars(…, "key")`) and templates (`{{t "key"}}`, `(t "key")`).
fn message_keys_used() -> BTreeSet<(String, String)> {
    fn after_call(text: &str, call: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for (at, _) in text.match_indices(call) {
            if text[..at].chars().next_back().is_some_and(is_ident) {
                continue;
            }
            let mut rest = text[at + call.len()..].trim_start();
            // An optional first argument: `lang`, `&lang`, `page.lang` …
            if !rest.starts_with('"') {
                let arg: String = rest
                    .chars()
                    .take_while(|c| is_ident(*c) || *c == '&' || *c == '.')
                    .collect();
                match rest[arg.len()..].trim_start().strip_prefix(',') {
                    Some(r) if !arg.is_empty() => rest = r.trim_start(),
                    _ => continue,
                }
            }
            if let Some(r) = rest.strip_prefix('"') {
                let key: String = r
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                if r[key.len()..].starts_with('"') && key.contains('-') {
                    keys.push(key);
                }
            }
        }
        keys
    }
    let mut found = BTreeSet::new();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read file");
        for call in ["t(", "t_vars("] {
            for key in after_call(&text, call) {
                found.insert((key, file.display().to_string()));
            }
        }
    }
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("templates")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read templates").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read template");
            for call in ["{{t ", "(t "] {
                for key in after_call(&text.replace(call, "\u{1}t("), "\u{1}t(") {
                    found.insert((key, path.display().to_string()));
                }
            }
        }
    }
    found
}

#[test]
fn every_message_key_used_is_in_english() {
    let ftl =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/main.ftl"))
            .expect("read main.ftl");
    let defined: BTreeSet<&str> = ftl
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(k, _)| k.trim())
        .filter(|k| !k.starts_with('#') && !k.starts_with(' '))
        .collect();
    let used = message_keys_used();
    assert!(used.len() > 200, "keys not found: {}", used.len());
    let missing: Vec<String> = used
        .iter()
        .filter(|(k, _)| !defined.contains(k.as_str()))
        .map(|(k, f)| format!("{k} ({f})"))
        .collect();
    assert!(
        missing.is_empty(),
        "missing from locales/en/main.ftl:\n{}",
        missing.join("\n")
    );
}

/// Every audit action written in the code has words in the log
/// (`statements::history::ACTIONS`, whose own test checks each language).
#[test]
fn every_audit_action_in_the_code_is_known_to_the_log() {
    let pattern = regex::Regex::new(r#""((?:statement|signature|signer|account)\.[a-z_]+)""#)
        .expect("pattern");
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let known = undersigned::statements::history::ACTIONS;
    for file in files.iter().filter(|f| !f.ends_with("history.rs")) {
        let text = std::fs::read_to_string(file).expect("read source");
        for found in pattern.captures_iter(&text) {
            assert!(
                known.contains(&&found[1]),
                "{} writes {} but the log has no words for it",
                file.display(),
                &found[1]
            );
        }
    }
    // The lifecycle actions are built from `statements::Action`.
    for action in ["open", "close", "reopen", "publish", "archive"] {
        assert!(known.contains(&format!("statement.{action}").as_str()));
    }
}
