/// The few words Offprint itself puts on pages ("Related articles", "Contents"), in the
/// article's language when it knows it, else in English.
public struct PageLabels: Sendable, Hashable {
    public var related: String
    public var contents: String
    public var titlePage: String
    public var start: String
    public var landmarks: String
    /// What goes between names in a list of authors.
    public var listSeparator: String
    /// "Cover".
    public var cover: String
    /// "%d articles": the pattern for a book's article count.
    public var articles: String
    /// "1 article": the count of a book of one article.
    public var oneArticle: String
    /// "Links": the heading of a printed list of link targets.
    public var links: String

    /// The labels for a language tag, by its primary subtag.
    public init(language: String) {
        let primary = String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
        self = PageLabels.table[primary] ?? PageLabels.table["en"]!
    }

    /// "12 articles" (or "1 article"), in the labels' language.
    public func articleCount(_ count: Int) -> String {
        count == 1 ? oneArticle : articles.replacingOccurrences(of: "%d", with: String(count))
    }

    private init(_ related: String, _ contents: String, _ titlePage: String, _ start: String, _ landmarks: String,
                 _ cover: String, _ articles: String, _ links: String, _ separator: String = ", ", one: String? = nil) {
        self.related = related
        self.contents = contents
        self.titlePage = titlePage
        self.start = start
        self.landmarks = landmarks
        self.cover = cover
        self.articles = articles
        self.oneArticle = one ?? articles.replacingOccurrences(of: "%d", with: "1")
        self.links = links
        self.listSeparator = separator
    }

    private static let table: [String: PageLabels] = [
        "en": PageLabels("Related articles", "Contents", "Title page", "Start of content", "Landmarks", "Cover", "%d articles", "Links", one: "1 article"),
        "ar": PageLabels("مقالات مرتبطة", "المحتويات", "صفحة العنوان", "بداية المحتوى", "معالم", "الغلاف", "عدد المقالات: %d", "الروابط", "، "),
        "fa": PageLabels("مطالب مرتبط", "فهرست", "صفحهٔ عنوان", "آغاز محتوا", "نشانه‌ها", "جلد", "%d مقاله", "پیوندها", "، "),
        "ur": PageLabels("متعلقہ مضامین", "فہرست", "سرورق", "مواد کا آغاز", "نشانات", "سرورق", "%d مضامین", "روابط", "، ", one: "1 مضمون"),
        "he": PageLabels("כתבות קשורות", "תוכן העניינים", "עמוד שער", "תחילת התוכן", "ציוני דרך", "כריכה", "%d כתבות", "קישורים", one: "כתבה אחת"),
        "fr": PageLabels("Articles connexes", "Sommaire", "Page de titre", "Début du contenu", "Repères", "Couverture", "%d articles", "Liens", one: "1 article"),
        "de": PageLabels("Verwandte Artikel", "Inhalt", "Titelseite", "Beginn des Inhalts", "Orientierungspunkte", "Umschlag", "%d Artikel", "Links"),
        "es": PageLabels("Artículos relacionados", "Índice", "Portada", "Inicio del contenido", "Puntos de referencia", "Cubierta", "%d artículos", "Enlaces", one: "1 artículo"),
        "pt": PageLabels("Artigos relacionados", "Sumário", "Página de rosto", "Início do conteúdo", "Pontos de referência", "Capa", "%d artigos", "Links", one: "1 artigo"),
        "it": PageLabels("Articoli correlati", "Indice", "Frontespizio", "Inizio del contenuto", "Punti di riferimento", "Copertina", "%d articoli", "Collegamenti", one: "1 articolo"),
        "ru": PageLabels("Статьи по теме", "Содержание", "Титульная страница", "Начало текста", "Ориентиры", "Обложка", "Статей: %d", "Ссылки"),
        "tr": PageLabels("İlgili makaleler", "İçindekiler", "Başlık sayfası", "İçeriğin başı", "Yer işaretleri", "Kapak", "%d makale", "Bağlantılar"),
        "zh": PageLabels("相关文章", "目录", "书名页", "正文开始", "地标", "封面", "%d 篇文章", "链接", "、"),
        "ja": PageLabels("関連記事", "目次", "扉", "本文開始", "ランドマーク", "表紙", "%d 本の記事", "リンク", "、"),
    ]
}
