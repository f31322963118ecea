//! Handlebars views, compiled into the binary, with the helpers every
//! template uses: `t` (translation, escaped) and `asset` (static URL).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_templates::fluent_bundle::FluentValue;
use handlebars::{
    Context, Handlebars, Helper, HelperResult, Output, RenderContext, RenderErrorReason,
};
use rust_embed::RustEmbed;
use serde::Serialize;

use crate::assets;
use crate::i18n;

#[derive(RustEmbed)]
#[folder = "templates/"]
#[include = "*.hbs"]
struct Templates;

static REGISTRY: OnceLock<Handlebars<'static>> = OnceLock::new();
static TEXT_REGISTRY: OnceLock<Handlebars<'static>> = OnceLock::new();

/// The process-wide template registry (templates are part of the binary).
pub fn registry() -> &'static Handlebars<'static> {
    REGISTRY.get_or_init(|| match build() {
        Ok(hb) => hb,
        // Templates are compiled in and checked by the tests; a broken one is
        // a build defect, not a runtime condition.
        Err(e) => panic!("invalid template: {e}"),
    })
}

/// The registry for plain-text email bodies: nothing is HTML-escaped.
fn text_registry() -> &'static Handlebars<'static> {
    TEXT_REGISTRY.get_or_init(|| match build_text() {
        Ok(hb) => hb,
        Err(e) => panic!("invalid template: {e}"),
    })
}

/// What both registries share: strict mode, the templates, the helpers.
/// `prevent_indent` applies when templates are registered, so it is set
/// first.
fn base(prevent_indent: bool) -> Result<Handlebars<'static>, handlebars::TemplateError> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    hb.set_prevent_indent(prevent_indent);
    hb.register_embed_templates_with_extension::<Templates>(".hbs")?;
    hb.register_helper("eq", Box::new(eq_helper));
    hb.register_helper("concat", Box::new(concat_helper));
    Ok(hb)
}

fn build_text() -> Result<Handlebars<'static>, handlebars::TemplateError> {
    let mut hb = base(false)?;
    hb.register_escape_fn(handlebars::no_escape);
    hb.register_helper("t", Box::new(t_text_helper));
    Ok(hb)
}

/// Renders a plain-text template (email bodies).
pub fn render_text<T: Serialize>(name: &str, data: &T) -> Result<String, handlebars::RenderError> {
    text_registry().render(name, data)
}

fn build() -> Result<Handlebars<'static>, handlebars::TemplateError> {
    // A partial on a line of its own is not indented: indenting it would
    // also indent the lines of the values it shows (a textarea's text).
    let mut hb = base(true)?;
    hb.register_helper("t", Box::new(t_helper));
    hb.register_helper("asset", Box::new(asset_helper));
    Ok(hb)
}

/// Renders a template with `data`; the caller adds `lang` and page basics.
pub fn render<T: Serialize>(name: &str, data: &T) -> Result<String, handlebars::RenderError> {
    registry().render(name, data)
}

fn current_lang(ctx: &Context) -> String {
    ctx.data()
        .get("lang")
        .and_then(|v| v.as_str())
        .unwrap_or(i18n::DEFAULT_LANG)
        .to_string()
}

/// `{{t "key" name=value}}`: the message in the page's language. The
/// output is HTML-escaped here because helpers write raw.
fn t_helper(
    h: &Helper,
    _: &Handlebars,
    ctx: &Context,
    _: &mut RenderContext,
    out: &mut dyn Output,
) -> HelperResult {
    let text = translate(h, ctx)?;
    out.write(&handlebars::html_escape(&text))?;
    Ok(())
}

/// The same for plain text, unescaped.
fn t_text_helper(
    h: &Helper,
    _: &Handlebars,
    ctx: &Context,
    _: &mut RenderContext,
    out: &mut dyn Output,
) -> HelperResult {
    let text = translate(h, ctx)?;
    out.write(&text)?;
    Ok(())
}

fn translate(h: &Helper, ctx: &Context) -> Result<String, handlebars::RenderError> {
    let key = h
        .param(0)
        .and_then(|p| p.value().as_str())
        .ok_or(RenderErrorReason::ParamNotFoundForIndex("t", 0))?;
    let lang = current_lang(ctx);
    let text = if h.hash().is_empty() {
        i18n::t(&lang, key)
    } else {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        for (name, value) in h.hash() {
            let v = value.value();
            let fv = if let Some(n) = v.as_f64() {
                FluentValue::from(n)
            } else if let Some(s) = v.as_str() {
                FluentValue::from(s.to_string())
            } else {
                FluentValue::from(v.to_string())
            };
            args.insert(Cow::Owned(name.to_string()), fv);
        }
        i18n::t_args(&lang, key, &args)
    };
    Ok(text)
}

/// `{{asset "app.css"}}`: the cache-busting URL of a static file.
fn asset_helper(
    h: &Helper,
    _: &Handlebars,
    _: &Context,
    _: &mut RenderContext,
    out: &mut dyn Output,
) -> HelperResult {
    let name = h
        .param(0)
        .and_then(|p| p.value().as_str())
        .ok_or(RenderErrorReason::ParamNotFoundForIndex("asset", 0))?;
    out.write(&assets::url(name))?;
    Ok(())
}

/// `{{#if (eq a b)}}`: equality of two values.
fn eq_helper(
    h: &Helper,
    _: &Handlebars,
    _: &Context,
    _: &mut RenderContext,
    out: &mut dyn Output,
) -> HelperResult {
    let a = h.param(0).map(|p| p.value());
    let b = h.param(1).map(|p| p.value());
    if a == b {
        out.write("true")?;
    }
    Ok(())
}

/// `(concat "action-" name)`: joins its parameters into one string.
fn concat_helper(
    h: &Helper,
    _: &Handlebars,
    _: &Context,
    _: &mut RenderContext,
    out: &mut dyn Output,
) -> HelperResult {
    for p in h.params() {
        match p.value() {
            serde_json::Value::String(s) => out.write(s)?,
            other => out.write(&other.to_string())?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn all_templates_compile() {
        assert!(build().is_ok());
    }

    #[test]
    fn t_output_is_escaped() {
        let mut hb = build().unwrap();
        hb.register_template_string("x", "{{t \"k\" n=name}}")
            .unwrap();
        // A missing key echoes the key; make the key itself hostile.
        hb.register_template_string("y", "{{t key}}").unwrap();
        let out = hb
            .render("y", &json!({"lang": "en", "key": "<script>"}))
            .unwrap();
        assert_eq!(out, "&lt;script&gt;");
    }

    #[test]
    fn partials_keep_values_as_they_are() {
        let mut hb = build().unwrap();
        hb.register_template_string("box", "<textarea>\n{{text}}</textarea>\n")
            .unwrap();
        hb.register_template_string("form", "<form>\n  {{> box}}\n</form>\n")
            .unwrap();
        let out = hb.render("form", &json!({"text": "one\ntwo"})).unwrap();
        assert!(out.contains("<textarea>\none\ntwo</textarea>"), "{out}");
    }
}
