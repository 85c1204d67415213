//! How a word is looked up in the name lists: lowercase, possessive and
//! apostrophes dropped, accents folded to ASCII (the lists are ASCII).

use std::borrow::Cow;

use super::text::Doc;

/// Lowercase list key: possessive and inner apostrophes removed (O'Neill).
pub(crate) fn norm(w: &str) -> String {
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    w.chars()
        .filter(|c| *c != '\'' && *c != '’')
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .collect()
}

/// The lists are ASCII: "Hernández" is looked up as "hernandez",
/// "Yıldız" as "yildiz", "Nguyễn" as "nguyen".
pub(crate) fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ'
        | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' | 'æ' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ'
        | 'ệ' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ỉ' | 'ị' | 'ĩ' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ'
        | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' | 'œ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'ư' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ'
        | 'ự' | 'ũ' => 'u',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ç' | 'ć' | 'č' => 'c',
        'ł' | 'ľ' | 'ĺ' => 'l',
        'ś' | 'š' | 'ş' | 'ș' | 'ß' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ř' => 'r',
        'ť' | 'ț' | 'þ' => 't',
        'ď' | 'đ' | 'ð' => 'd',
        'ğ' => 'g',
        'ý' | 'ÿ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
        _ => c,
    }
}

/// `norm` of word i, borrowed from the lowercase copy in the common case of
/// a plain ASCII word, so the hot loop does not allocate.
pub(crate) fn norm_word<'a>(doc: &'a Doc, i: usize) -> Cow<'a, str> {
    let lw = doc.word(i);
    if lw.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Cow::Borrowed(lw)
    } else {
        Cow::Owned(norm(&doc.text[doc.words[i].start..doc.words[i].end]))
    }
}
