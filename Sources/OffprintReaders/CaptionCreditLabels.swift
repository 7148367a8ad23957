/// The labels that open a picture's credit at the end of its caption when a colon follows them
/// ("Firefighters at the scene. Photo: Jane Doe", "… | Bild: Jane Doe", "(Image: Getty)"),
/// lower-cased, in the languages Offprint reads. One list for every reader that looks for a
/// caption's credit (scraped text and saved HTML). Unlike `ScrapedPage.creditWords`, no word
/// that names a text's source ("Quelle:").
enum CaptionCreditLabels {
    static let words: Set<String> = [
        "photo", "photos", "photograph", "image", "images", "picture", "illustration", "credit", "credits",
        "foto", "fotos", "fotó", "fotografie", "fotografía", "bild", "bilder", "bildrechte", "bildquelle", "grafik",
        "crédit", "crédits", "crédito", "créditos", "imagen", "immagine", "zdjęcie", "kuva", "valokuva", "billede",
        "φωτογραφία", "φωτο", "фото", "صورة", "الصورة", "عکس", "צילום",
    ]
}
