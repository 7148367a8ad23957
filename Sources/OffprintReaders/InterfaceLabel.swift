import OffprintCleanup
/// Page-interface text that can stand just above a headline where a section label (the kicker)
/// would: share and follow buttons, menu entries, a row of social networks, reading times, "Up
/// next:", landmarks read aloud to screen readers, a language menu's entries. None of it names
/// a site. `ScrapedPage.isSectionLabel` asks it of every kicker.
enum InterfaceLabel {
    /// Whole labels, normalised as the furniture lexicon does.
    static let labels: Set<String> = Set([
        // Social networks and share targets.
        "Facebook", "Twitter", "X", "Instagram", "YouTube", "TikTok", "Tumblr", "Pinterest", "Reddit", "LinkedIn",
        "Delicious", "Digg", "Flipboard", "StumbleUpon", "Telegram", "WhatsApp", "Email", "E-Mail", "Bookmark",
        "Bookmarks", "Save", "Merken", "Enregistrer", "Guardar", "Salva",
        // Buttons and landmarks.
        "More", "Mehr", "Plus", "Más", "Altro", "Video", "Videos", "Audio", "Listen", "Anhören", "Écouter", "Escuchar",
        "Donate", "Spenden", "Faire un don", "Donar", "Up next", "Author", "Authors", "Autor", "Auteur", "Subjects",
        "Breadcrumb", "Breadcrumbs", "Breadcrumb navigation", "Drobečková navigace", "Brotkrumennavigation",
        "Neuer Bereich", "Neuer Abschnitt", "Bereich", "Navigation", "Hauptnavigation", "Main navigation",
        "Skip", "Überspringen", "Passer", "Saltar", "About", "Advertise", "Sitemap", "Sitemaps", "Outline", "Iklan",
        // A language menu's entries, each in its own language.
        "English", "Deutsch", "Français", "Español", "Italiano", "Português", "Nederlands", "Polski", "Čeština",
        "Русский", "Українська", "Türkçe", "Ελληνικά", "中文", "简体中文", "繁體中文", "简体版", "繁體版", "日本語",
        "한국어", "العربية", "فارسی", "עברית", "اردو", "हिन्दी",
        // Menu entries and buttons. Only kickers are checked against these: as furniture they
        // would also weigh against body runs, where some (contents, gallery, next) are subheadings.
        "Learn more", "En savoir plus", "Mehr erfahren", "Más información", "Newsletters", "Newsletter", "Next", "Previous",
        "Sign out", "Log out", "Sign in", "Log in", "Abmelden", "Anmelden", "Se déconnecter", "Se connecter", "Contents",
        "Table of contents", "Inhalt", "Inhaltsverzeichnis", "Sommaire", "Índice", "Contact", "Contact us", "Kontakt",
        "Gallery", "Galerie", "Now reading", "Today's paper", "E-Paper", "Abo", "Strona główna", "Página inicial",
        "Página principal", "Pagina iniziale", "Startseite", "Accueil", "Home", "Menu", "Menü", "Search", "Suche",
        "Copy", "Copy link", "Web share", "Share", "Teilen", "Partager", "Compartir", "Condividi", "AdChoices",
        "Jump to navigation Jump to search", "Jump to navigation", "Jump to search", "Skip to content", "Close",
        "Schließen", "Fermer", "Cerrar", "Chiudi", "Subscribe", "Abonnieren", "S'abonner", "Suscríbete", "Print",
        "Drucken", "Imprimer", "打印文稿", "打印", "الرئيسية", "القائمة", "بحث", "مشاركة", "إغلاق", "خانه", "جستجو",
        "בית", "חיפוש", "סגור", "Supported by", "Sponsored by", "Advertisement", "Anzeige", "Werbung", "Publicité",
    ].map { FurnitureLexicon.normalize($0) })

    /// Names of social networks and sharing services: a row of them is a share bar.
    static let socialNetworks: Set<String> = [
        "twitter", "x", "facebook", "linkedin", "instagram", "whatsapp", "pinterest", "reddit", "tumblr", "telegram",
        "youtube", "tiktok", "mastodon", "bluesky", "threads", "flipboard", "xing", "vk", "email", "e", "mail",
    ]

    /// Label openings: "Follow …", "Powered by …", "Sponsored by …", "Sign in …".
    static let prefixes: [String] = [
        "follow ", "powered by", "supported by", "sponsored by", "presented by", "sign in", "log in", "folgen sie",
        "suivez", "síguenos", "seguici",
    ]

    /// Buttons whose first words stand where a section label would ("Follow Politics", "Sign
    /// up | Join", "Share this"), as whole words, normalised as the furniture lexicon does.
    static let buttonOpenings: [String] = ["Follow", "Sign in", "Sign up", "Log in", "Share", "Jump to"].map { FurnitureLexicon.normalize($0) }

    /// Time units that, with a number, make a reading time or a time stamp ("5 min read",
    /// "Tiempo de lectura: 6 min", "1 day ago", "vor 3 Stunden").
    static let timeWords: Set<String> = [
        "min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minuter", "minutter", "h", "hr", "hrs",
        "hour", "hours", "stunde", "stunden", "heure", "heures", "hora", "horas", "ore", "day", "days", "tag", "tagen",
        "jour", "jours", "día", "días", "giorni", "week", "weeks", "month", "months", "ago",
    ]

    /// Words of a search box or a menu button ("search Search", "Open Navigation Menu").
    static let controlWords: Set<String> = [
        "search", "suche", "suchen", "recherche", "rechercher", "buscar", "búsqueda", "cerca", "pesquisar", "menu", "menü",
        "navigation", "query",
    ]

    /// Whether the line is interface text rather than a section label.
    static func isInterfaceLabel(_ text: Substring) -> Bool {
        let trimmed = text.trimmingWhitespace()
        // "Up next:", "Author:": a label for what follows; "Sign In| Join": menu items glued to
        // their bar (a section path spaces it: "Sport | Football"); a link.
        let gluedBar = trimmed.replacingOccurrences(of: " | ", with: "").contains("|")
        if trimmed.hasSuffix(":") || gluedBar || trimmed.contains("://") { return true }
        if trimmed.hasSuffix("：") { return true }
        // A label opens with a letter or a number, not ": …", "// …" or a list bullet; a
        // breadcrumb is a path.
        if let first = trimmed.unicodeScalars.first, ":/;,|>·•+-–—*".unicodeScalars.contains(first) { return true }
        if ScrapedPage.isBreadcrumb(Substring(trimmed)) { return true }
        let normalized = FurnitureLexicon.normalize(trimmed)
        if labels.contains(normalized) { return true }
        if buttonOpenings.contains(where: { normalized == $0 || normalized.hasPrefix($0 + " ") }) { return true }
        if normalized.split(separator: " ").allSatisfy({ socialNetworks.contains($0.lowercased()) }) { return true }
        let lowered = trimmed.lowercased()
        if prefixes.contains(where: { lowered.hasPrefix($0) }) { return true }
        let words = lowered.split { !$0.isLetter }
        if words.contains(where: { controlWords.contains(String($0)) }) { return true }
        if trimmed.contains(where: \.isNumber), words.contains(where: { timeWords.contains(String($0)) }) { return true }
        return false
    }
}
