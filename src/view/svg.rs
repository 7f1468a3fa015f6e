//! A bar chart as inline SVG: no script, no library, readable when printed.

use std::fmt::Write as _;

use super::html::{escape, format_amount};

/// One bar: its label under the axis, its height, and the tooltip shown on hover.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub tooltip: String,
}

const WIDTH: f64 = 880.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 56.0;

/// An `<svg>` bar chart with a title, a y axis with ticks at whole numbers and a label under
/// every bar (or every few bars when there are many).
///
/// ```
/// use glaneur::view::{bar_chart, Bar};
/// let svg = bar_chart(&[Bar { label: "2024".into(), value: 3.0, tooltip: "3".into() }],
///                     "Contributions per year", "contributions");
/// assert!(svg.starts_with("<svg") && svg.contains("<rect class=\"bar\""));
/// ```
pub fn bar_chart(bars: &[Bar], title: &str, unit: &str) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         role=\"img\" aria-label=\"{}\"><title>{}</title>",
        escape(title),
        escape(title)
    );
    let _ = write!(
        s,
        "<text class=\"chart-title\" x=\"{LEFT}\" y=\"16\">{}</text>",
        escape(title)
    );
    let max = bars
        .iter()
        .map(|b| b.value)
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::max);
    let top = nice_ceiling(max);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let base = TOP + plot_h;
    // Axis and ticks.
    let ticks = if top <= 4.0 { top as usize } else { 4 };
    for t in 0..=ticks {
        let v = top * t as f64 / ticks.max(1) as f64;
        let y = base - plot_h * v / top;
        let _ = write!(
            s,
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>\
             <text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            escape(&format_amount(v.round()))
        );
    }
    let _ = write!(
        s,
        "<text class=\"axis-label\" x=\"12\" y=\"{:.1}\" transform=\"rotate(-90 12 {:.1})\" \
         text-anchor=\"middle\">{}</text>",
        TOP + plot_h / 2.0,
        TOP + plot_h / 2.0,
        escape(unit)
    );
    if bars.is_empty() {
        s.push_str("</svg>");
        return s;
    }
    let slot = plot_w / bars.len() as f64;
    let bar_w = (slot * 0.7).clamp(1.0, 56.0);
    // At most about 24 labels fit under the axis.
    let every = bars.len().div_ceil(24).max(1);
    for (i, b) in bars.iter().enumerate() {
        let v = if b.value.is_finite() {
            b.value.max(0.0)
        } else {
            0.0
        };
        let h = plot_h * v / top;
        let x = LEFT + slot * i as f64 + (slot - bar_w) / 2.0;
        let _ = write!(
            s,
            "<g><title>{}</title><rect class=\"bar\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar_w:.1}\" \
             height=\"{h:.1}\"/>",
            escape(&b.tooltip),
            base - h
        );
        if v > 0.0 && slot >= 18.0 {
            let _ = write!(
                s,
                "<text class=\"value\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                x + bar_w / 2.0,
                base - h - 4.0,
                escape(&format_amount(v))
            );
        }
        s.push_str("</g>");
        if i % every == 0 {
            let cx = x + bar_w / 2.0;
            let ly = base + 16.0;
            let _ = write!(
                s,
                "<text class=\"label\" x=\"{cx:.1}\" y=\"{ly:.1}\" text-anchor=\"end\" \
                 transform=\"rotate(-35 {cx:.1} {ly:.1})\">{}</text>",
                escape(&b.label)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// The smallest "round" number (1, 2 or 5 times a power of ten) at or above `v`, at least 1.
fn nice_ceiling(v: f64) -> f64 {
    if v <= 1.0 || !v.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if m * p >= v {
            return m * p;
        }
    }
    10.0 * p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_ceilings() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(3.0), 5.0);
        assert_eq!(nice_ceiling(7.0), 10.0);
        assert_eq!(nice_ceiling(12.0), 20.0);
        assert_eq!(nice_ceiling(f64::INFINITY), 1.0);
    }

    #[test]
    fn one_rect_per_bar_and_escaped_labels() {
        let bars: Vec<Bar> = (0..30)
            .map(|i| Bar {
                label: format!("<{i}>"),
                value: f64::from(i % 4),
                tooltip: "a&b".into(),
            })
            .collect();
        let svg = bar_chart(&bars, "T<itle>", "u");
        assert_eq!(svg.matches("<rect class=\"bar\"").count(), 30);
        assert!(!svg.contains("<0>") && svg.contains("&lt;0&gt;"));
        assert!(svg.contains("a&amp;b"));
        assert!(svg.ends_with("</svg>"));
        assert!(bar_chart(&[], "empty", "u").ends_with("</svg>"));
    }
}
