//! Email bodies: plain text and HTML from templates under `templates/email/`.

use serde::Serialize;

use crate::templates;

/// Renders `email/{name}.text` and `email/{name}.html` with the same data.
pub fn render<T: Serialize>(
    name: &str,
    data: &T,
) -> Result<(String, String), handlebars::RenderError> {
    let text = templates::render_text(&format!("email/{name}.text"), data)?;
    let html = templates::render(&format!("email/{name}.html"), data)?;
    Ok((text, html))
}
