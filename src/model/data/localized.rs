//! Text in the app's two languages. Danish is the original; English is the
//! switchable translation.

use serde::{Deserialize, Serialize};

/// The languages the app speaks. Danish is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Danish, the language of the sources and the default.
    #[default]
    Da,
    /// English, a translation.
    En,
}

impl Lang {
    /// The BCP 47 code for the `lang` attribute of the page.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

/// A piece of user-facing text in Danish and English. Where it comes from a
/// seed document, `da` is the verbatim original and `en` our translation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Localized {
    /// Danish text.
    pub da: String,
    /// English text.
    pub en: String,
}

impl Localized {
    /// The text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_language() {
        let t = Localized {
            da: "ramme".into(),
            en: "frame".into(),
        };
        assert_eq!(t.get(Lang::Da), "ramme");
        assert_eq!(t.get(Lang::En), "frame");
        assert_eq!(Lang::default(), Lang::Da);
    }
}
