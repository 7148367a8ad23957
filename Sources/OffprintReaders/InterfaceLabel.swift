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
        // Links to the comments (the plural: "Kommentar" alone is an opinion column's label).
        "Comments", "Kommentare", "Commentaires", "Comentarios", "Commenti", "Comentários", "Reacties", "Kommentarer",
        "Komentarze", "Komentáře", "Yorumlar", "Комментарии", "التعليقات", "تعليقات", "תגובות", "نظرات", "تبصرے",
        // Account buttons written as one word, and in right-to-left scripts.
        "Login", "Logout", "Einloggen", "Connexion", "Iniciar sesión", "Accedi", "Entrar", "تسجيل الدخول", "התחברות",
        "הרשמה", "ورود", "لاگ ان",
        // Consent dialogs' buttons.
        "Accept", "Accept all", "Reject all", "Got it", "OK", "I agree", "Akzeptieren", "Alle akzeptieren",
        "Accepter", "Tout accepter", "Aceptar", "Aceptar todo", "Accetta", "Accetta tutto", "Cookie settings",
        // Paging, loading and disclosure controls.
        "Back", "Zurück", "Retour", "Volver", "Indietro", "Weiter", "Suivant", "Précédent", "Siguiente", "Anterior",
        "Avanti", "Loading", "Wird geladen", "Chargement", "Cargando", "Caricamento", "Show more", "Show less",
        "Show all", "Mehr anzeigen", "Alle anzeigen", "Afficher plus", "Voir plus", "Voir tout", "Ver más", "Ver todo",
        "Mostra altro", "Reply", "Antworten", "Répondre", "Responder", "Rispondi",
        // Share, more and close in right-to-left scripts ("المزيد", "עוד", "بیشتر", "مزید").
        "شارك", "المزيد", "اقرأ المزيد", "اشترك", "שתף", "עוד", "קרא עוד", "اشتراک‌گذاری", "بیشتر", "بستن", "مزید",
        "شیئر کریں", "بند کریں",
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
    static let buttonOpenings: [String] = [
        "Follow", "Sign in", "Sign up", "Log in", "Share", "Jump to",
        // Share, close, skip and print buttons, in the languages Offprint knows.
        "Teilen", "Partager", "Compartir", "Condividi", "Compartilhar", "Delen", "Dela", "Udostępnij", "Sdílet",
        "Поделиться", "Paylaş", "Close", "Schließen", "Fermer", "Cerrar", "Chiudi", "Skip", "Toggle", "Back to",
        "Zurück zu", "Retour à", "Volver a", "Go to", "Read more", "Weiterlesen", "Lire la suite", "Leer más",
        "Load more", "Mehr laden", "Print", "Drucken", "Imprimer",
        // Media buttons: "Watch Live", "Listen to this article", "Play video".
        "Watch", "Listen", "Play", "Anhören", "Ansehen", "Vorlesen", "Regarder", "Écouter", "Escuchar", "Ascolta",
        "Guarda", "Assista", "Ouça",
        // Links that lead elsewhere: "Link zum Artikel", "More sport", "Mehr aus der Region".
        "Link to", "Link zum", "Link zur", "Lien vers", "Enlace a", "Link al", "Link para", "More", "Mehr",
        // Membership prompts: "Join now", "Become a member", "Unlock this article".
        "Join", "Become a", "Register", "Unlock", "Upgrade", "Get the app", "Download the app", "Try it free",
        "Werde", "Devenez", "Hazte", "Únete", "Abonnez",
    ].map { FurnitureLexicon.normalize($0) }

    /// Words that make any label a membership or paywall prompt ("Members only", "Exklusiv
    /// für Abonnenten", "Réservé aux abonnés") or a sponsor's mark ("Official partner").
    static let membershipWords: Set<String> = [
        "member", "members", "membership", "subscriber", "subscribers", "subscription", "subscribe", "premium",
        "abonnent", "abonnenten", "abonnement", "abonniert", "abonné", "abonnés", "abonnée", "abonnées", "suscriptor",
        "suscriptores", "suscripción", "abbonati", "abbonato", "abbonamento", "assinante", "assinantes", "assinatura",
        "paywall",
        // Sponsors: "Timing partner", "Sponsored content", "Anzeige".
        "partner", "partners", "sponsor", "sponsors", "sponsored", "advertorial", "promoted", "partnerinhalt", "publicidad",
        "pubblicità", "publicité", "werbung", "anzeige",
    ]

    /// Words that with "live" make a live-broadcast button ("Watch live", "Live TV", "Jetzt
    /// live"); a "Live" label alone is a live blog's kicker.
    static let broadcastWords: Set<String> = [
        "watch", "tv", "stream", "streaming", "now", "radio", "listen", "jetzt", "hören", "sehen", "schauen", "play",
    ]

    /// Words for a live stream or a read-aloud button, wherever they stand ("Artikel anhören").
    static let liveStreamWords: Set<String> = [
        "livestream", "livestreams", "livestreaming", "livetv", "anhören", "vorlesen", "écouter", "escuchar", "ascolta",
    ]

    /// Text-size controls spelled out ("Text size", "Schriftgröße").
    static let textSizeLabels: Set<String> = Set([
        "Text size", "Font size", "Schriftgröße", "Textgröße", "Taille du texte", "Taille de police", "Tamaño de letra",
        "Tamaño del texto", "Dimensione testo", "Tamanho da fonte", "Rozmiar tekstu", "Velikost písma", "Aa",
    ].map { FurnitureLexicon.normalize($0) })

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
        if isTimeStamp(Substring(trimmed)) { return true }
        if words.contains(where: { membershipWords.contains(String($0)) || liveStreamWords.contains(String($0)) }) { return true }
        if words.contains("live"), words.contains(where: { broadcastWords.contains(String($0)) }) { return true }
        if textSizeLabels.contains(normalized) || !hasWordOfTwoLetters(trimmed) { return true }
        return false
    }

    /// Whether the text is a reading time or a time stamp: a number followed by a time unit
    /// ("5 min read", "vor 3 Stunden", "Tiempo de lectura: 6 min"), not a name with a year
    /// ("Design Week 2018").
    static func isTimeStamp(_ text: Substring) -> Bool {
        guard text.contains(where: \.isNumber) else { return false }
        var afterNumber = false
        for token in text.lowercased().split(whereSeparator: \.isWhitespace) {
            // "5 min", or "5min" in one token.
            let unit = token.first?.isNumber == true ? token.drop { $0.isNumber || $0 == "." || $0 == "," } : (afterNumber ? token : "")
            if timeWords.contains(String(unit.prefix { $0.isLetter })) { return true }
            afterNumber = token.last?.isNumber == true
        }
        return false
    }

    /// Whether some word of the text has two letters or more: a label of lone letters and signs
    /// ("A- A+", "A A A") is a text-size control, a lone symbol or an initial, not a section.
    static func hasWordOfTwoLetters(_ text: String) -> Bool {
        text.split { !$0.isLetter }.contains { $0.count >= 2 }
    }
}
