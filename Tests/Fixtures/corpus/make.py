#!/usr/bin/env python3
"""Writes the sample corpus the tests read (html/, text/, truth/) from the pages below.

The pages are written for Offprint's tests (see README.md): a saved page with the furniture
real sites wrap around an article, its whole visible text one block per line (as `w3m -dump`
or a scraper gives it, with navigation glued together the way the seed's first line is), and
the truth (what the article is). Run it again after editing a page: python3 make.py
"""
import html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

PAGES = [
    dict(
        name="en_offprint_flood-ledgers", lang="en", dir="ltr", site="Riverside Gazette",
        nav=["Home", "Local", "Science", "Opinion", "Sport"], section="Local",
        title="Volunteers turn a century of flood ledgers into an open map",
        byline="By Ruth Calder", date="Published 4 March 2024",
        body=[
            "For almost a hundred years, the lock keepers on the lower river wrote the height of every flood into bound ledgers, in pencil, by lamplight, often while the water was still rising.",
            "Those ledgers sat in a damp basement of the county archive until last spring, when a group of forty volunteers began photographing each page and typing the readings into an online spreadsheet.",
            "\u201cWe expected a few thousand numbers,\u201d said Amina Osei, who coordinates the project from the archive\u2019s reading room. \u201cWe have transcribed more than sixty thousand, and every one of them has a name and a time next to it.\u201d",
            "The readings now feed an open map that shows, street by street, how often the river reached each doorstep between 1911 and 2009. Hydrologists at the university say the record is longer and denser than anything the gauging stations provide.",
            "The volunteers check each other\u2019s work twice. Where two transcriptions disagree, a third person goes back to the photograph, and the doubtful readings are marked on the map rather than silently dropped.",
            "The archive plans to hand the ledgers to a conservator next year. Until then, anyone can add to the transcription from home, and the team meets on the first Saturday of each month.",
        ],
        caption="A page of the 1947 ledger, with the spring flood written in red.",
        related=["Bridge repairs close the towpath until June", "Why the old gauging station is moving upstream"],
        comments=[
            "My grandfather kept one of these ledgers at Weir Lock in the fifties. I had no idea they had survived, and I will be signing up on Saturday.",
            "Great project, but please publish the raw spreadsheet as well as the map, so that other people can check the readings for themselves.",
        ],
        furniture=["Share", "Post", "Email", "Related stories", "Comments are closed for this article.", "Cookie settings", "\u00a9 2024 Riverside Gazette. All rights reserved.", "Back to top"],
    ),
    dict(
        name="de_offprint_passwort-manager", lang="de", dir="ltr", site="Technik am Abend",
        nav=["News", "Tests", "Ratgeber", "Forum"], section="Sicherheit",
        title="Passwort-Manager erzeugt jetzt Einmalcodes f\u00fcr die Anmeldung",
        byline="Von Jonas Weber", date="12.03.2024, 14:20 Uhr",
        body=[
            "Der quelloffene Passwort-Manager kann mit der neuen Version nicht nur Passw\u00f6rter speichern, sondern auch die sechsstelligen Einmalcodes erzeugen, die viele Dienste f\u00fcr die Zwei-Faktor-Anmeldung verlangen.",
            "Bisher brauchten Nutzer daf\u00fcr eine zweite App auf dem Telefon. Nun liest das Programm den QR-Code eines Dienstes direkt vom Bildschirm ein und legt den geheimen Schl\u00fcssel im verschl\u00fcsselten Tresor ab.",
            "Sicherheitsforscher sehen die B\u00fcndelung mit gemischten Gef\u00fchlen: Wer den Tresor \u00f6ffnet, hat dann beide Faktoren in der Hand. Die Entwickler empfehlen deshalb, f\u00fcr besonders wichtige Konten weiterhin ein getrenntes Ger\u00e4t zu verwenden.",
            "Die Version steht f\u00fcr Linux, macOS und Windows bereit. Bestehende Tresore werden beim ersten Start automatisch umgewandelt; eine Sicherungskopie legt das Programm vorher selbst an.",
        ],
        caption=None,
        related=["Browser warnt k\u00fcnftig vor wiederverwendeten Passw\u00f6rtern", "Zwei-Faktor-Anmeldung: Was die Verfahren taugen"],
        furniture=["Kommentare lesen (38 Beitr\u00e4ge)", "Zur Startseite", "Impressum", "Datenschutz", "Nach oben"],
    ),
    dict(
        name="fr_offprint_bibliotheque-nuit", lang="fr", dir="ltr", site="Le Quotidien des Villes",
        nav=["Accueil", "Soci\u00e9t\u00e9", "Culture", "\u00c9conomie"], section="Culture",
        title="Ouvertes la nuit, les biblioth\u00e8ques attirent un nouveau public",
        byline="Par Claire Dumas", date="Publi\u00e9 le 8 f\u00e9vrier 2024 \u00e0 18 h 05",
        body=[
            "Depuis septembre, trois biblioth\u00e8ques municipales restent ouvertes jusqu\u2019\u00e0 minuit le jeudi et le vendredi. L\u2019exp\u00e9rience devait durer un trimestre ; elle est prolong\u00e9e jusqu\u2019\u00e0 l\u2019\u00e9t\u00e9.",
            "Les chiffres ont surpris les biblioth\u00e9caires eux-m\u00eames : pr\u00e8s d\u2019un lecteur sur trois venu apr\u00e8s vingt heures n\u2019avait jamais emprunt\u00e9 de livre dans le r\u00e9seau. Beaucoup travaillent en horaires d\u00e9cal\u00e9s, d\u2019autres cherchent simplement un endroit calme et chauff\u00e9.",
            "\u00ab Nous voyons arriver des infirmi\u00e8res apr\u00e8s leur service, des \u00e9tudiants, des parents qui viennent une fois les enfants couch\u00e9s \u00bb, raconte Hugo Martin, responsable de la m\u00e9diath\u00e8que du quartier nord.",
            "L\u2019ouverture tardive a un co\u00fbt, assum\u00e9 par la ville : une quinzaine d\u2019agents volontaires, pay\u00e9s en heures de nuit, et un service de s\u00e9curit\u00e9 \u00e0 l\u2019entr\u00e9e. Les syndicats demandent que ces postes soient p\u00e9rennis\u00e9s.",
            "La municipalit\u00e9 \u00e9tudie d\u00e9sormais une ouverture le dimanche matin, r\u00e9clam\u00e9e par les familles lors de la consultation de l\u2019automne.",
        ],
        caption="La salle de lecture de la m\u00e9diath\u00e8que du quartier nord, un jeudi soir.",
        related=["Le pr\u00eat de jeux de soci\u00e9t\u00e9 s\u2019\u00e9tend \u00e0 tout le r\u00e9seau", "Lecture publique : le budget en hausse de 4 %"],
        bio="Claire Dumas suit les politiques culturelles de la ville depuis 2015. Elle a auparavant travaill\u00e9 dix ans comme biblioth\u00e9caire dans le r\u00e9seau municipal.",
        furniture=["Partager", "Lire aussi", "Abonnez-vous \u00e0 notre lettre d\u2019information", "Mentions l\u00e9gales", "Haut de page"],
    ),
    dict(
        name="ar_offprint_arshif-al-amtar", lang="ar", dir="rtl", site="\u0627\u0644\u0635\u062d\u064a\u0641\u0629 \u0627\u0644\u064a\u0648\u0645\u064a\u0629",
        nav=["\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629", "\u0645\u062d\u0644\u064a\u0627\u062a", "\u062b\u0642\u0627\u0641\u0629", "\u0639\u0644\u0648\u0645"], section="\u062b\u0642\u0627\u0641\u0629",
        title="\u0645\u062a\u0637\u0648\u0639\u0648\u0646 \u064a\u0631\u0642\u0645\u0648\u0646 \u0633\u062c\u0644\u0627\u062a \u0627\u0644\u0623\u0645\u0637\u0627\u0631 \u0627\u0644\u0642\u062f\u064a\u0645\u0629 \u0641\u064a \u0645\u0643\u062a\u0628\u0629 \u0627\u0644\u0645\u062f\u064a\u0646\u0629",
        byline=None, date=None,
        body=[
            "\u0628\u062f\u0623 \u0641\u0631\u064a\u0642 \u0645\u0646 \u0627\u0644\u0645\u062a\u0637\u0648\u0639\u064a\u0646 \u0641\u064a \u0645\u0643\u062a\u0628\u0629 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0628\u062a\u0635\u0648\u064a\u0631 \u0633\u062c\u0644\u0627\u062a \u0627\u0644\u0623\u0645\u0637\u0627\u0631 \u0627\u0644\u062a\u064a \u062f\u0648\u0651\u0646\u0647\u0627 \u0645\u0648\u0638\u0641\u0648 \u0627\u0644\u0623\u0631\u0635\u0627\u062f \u0628\u062e\u0637 \u0627\u0644\u064a\u062f \u0645\u0646\u0630 \u0623\u0643\u062b\u0631 \u0645\u0646 \u0633\u0628\u0639\u064a\u0646 \u0639\u0627\u0645\u064b\u0627\u060c \u0648\u0646\u0642\u0644 \u0623\u0631\u0642\u0627\u0645\u0647\u0627 \u0625\u0644\u0649 \u062c\u062f\u0627\u0648\u0644 \u0645\u0641\u062a\u0648\u062d\u0629 \u0644\u0644\u062c\u0645\u064a\u0639.",
            "\u0648\u0642\u0627\u0644\u062a \u0645\u0646\u0633\u0642\u0629 \u0627\u0644\u0645\u0634\u0631\u0648\u0639 \u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f \u0625\u0646 \u0627\u0644\u0641\u0631\u064a\u0642 \u0646\u0642\u0644 \u062d\u062a\u0649 \u0627\u0644\u0622\u0646 \u0623\u0643\u062b\u0631 \u0645\u0646 \u0639\u0634\u0631\u064a\u0646 \u0623\u0644\u0641 \u0642\u0631\u0627\u0621\u0629\u060c \u0648\u0625\u0646 \u0643\u0644 \u0642\u0631\u0627\u0621\u0629 \u062a\u064f\u0631\u0627\u062c\u064e\u0639 \u0645\u0631\u062a\u064a\u0646 \u0642\u0628\u0644 \u0646\u0634\u0631\u0647\u0627.",
            "\u0648\u064a\u0623\u0645\u0644 \u0627\u0644\u0628\u0627\u062d\u062b\u0648\u0646 \u0641\u064a \u0627\u0644\u062c\u0627\u0645\u0639\u0629 \u0623\u0646 \u062a\u0633\u0627\u0639\u062f \u0647\u0630\u0647 \u0627\u0644\u0633\u062c\u0644\u0627\u062a \u0627\u0644\u0637\u0648\u064a\u0644\u0629 \u0641\u064a \u0641\u0647\u0645 \u062a\u063a\u064a\u0651\u0631 \u0645\u0648\u0627\u0633\u0645 \u0627\u0644\u0645\u0637\u0631 \u0641\u064a \u0627\u0644\u0645\u0646\u0637\u0642\u0629\u060c \u0625\u0630 \u0644\u0627 \u062a\u063a\u0637\u064a \u0645\u062d\u0637\u0627\u062a \u0627\u0644\u0631\u0635\u062f \u0627\u0644\u062d\u062f\u064a\u062b\u0629 \u0633\u0648\u0649 \u0627\u0644\u0633\u0646\u0648\u0627\u062a \u0627\u0644\u062b\u0644\u0627\u062b\u064a\u0646 \u0627\u0644\u0623\u062e\u064a\u0631\u0629.",
            "\u0648\u062a\u0639\u0627\u0646\u064a \u0628\u0639\u0636 \u0627\u0644\u0635\u0641\u062d\u0627\u062a \u0645\u0646 \u0627\u0644\u0631\u0637\u0648\u0628\u0629 \u0648\u0627\u0644\u062d\u0628\u0631 \u0627\u0644\u0628\u0627\u0647\u062a\u060c \u0641\u064a\u0639\u0645\u0644 \u0627\u0644\u0645\u062a\u0637\u0648\u0639\u0648\u0646 \u0639\u0644\u0649 \u0635\u0648\u0631 \u0639\u0627\u0644\u064a\u0629 \u0627\u0644\u062f\u0642\u0629 \u0648\u064a\u062a\u0631\u0643\u0648\u0646 \u0627\u0644\u0623\u0631\u0642\u0627\u0645 \u0627\u0644\u0645\u0634\u0643\u0648\u0643 \u0641\u064a\u0647\u0627 \u0645\u0639\u0644\u0651\u0645\u0629 \u0628\u062f\u0644 \u062d\u0630\u0641\u0647\u0627.",
            "\u0648\u062a\u0641\u062a\u062d \u0627\u0644\u0645\u0643\u062a\u0628\u0629 \u0642\u0627\u0639\u0629 \u0627\u0644\u0645\u062e\u0637\u0648\u0637\u0627\u062a \u0644\u0644\u0645\u062a\u0637\u0648\u0639\u064a\u0646 \u0643\u0644 \u064a\u0648\u0645 \u0633\u0628\u062a\u060c \u0643\u0645\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0641\u064a \u0627\u0644\u0646\u0642\u0644 \u0645\u0646 \u0627\u0644\u0628\u064a\u062a \u0639\u0628\u0631 \u0645\u0648\u0642\u0639 \u0627\u0644\u0645\u0634\u0631\u0648\u0639.",
        ],
        caption=None,
        related=["\u0627\u0644\u0645\u0643\u062a\u0628\u0629 \u062a\u0641\u062a\u062d \u0623\u0628\u0648\u0627\u0628\u0647\u0627 \u0644\u064a\u0644\u0627\u064b \u0641\u064a \u0634\u0647\u0631 \u0627\u0644\u0642\u0631\u0627\u0621\u0629"],
        comments=["\u0645\u0628\u0627\u062f\u0631\u0629 \u0631\u0627\u0626\u0639\u0629\u060c \u0648\u0623\u062a\u0645\u0646\u0649 \u0623\u0646 \u062a\u0646\u0634\u0631 \u0627\u0644\u0645\u0643\u062a\u0628\u0629 \u0635\u0648\u0631 \u0627\u0644\u0635\u0641\u062d\u0627\u062a \u0627\u0644\u0623\u0635\u0644\u064a\u0629 \u0623\u064a\u0636\u064b\u0627 \u062d\u062a\u0649 \u064a\u062a\u0645\u0643\u0646 \u0627\u0644\u0628\u0627\u062d\u062b\u0648\u0646 \u0645\u0646 \u0627\u0644\u0631\u062c\u0648\u0639 \u0625\u0644\u064a\u0647\u0627."],
        furniture=["\u0645\u0642\u0627\u0644\u0627\u062a \u0630\u0627\u062a \u0635\u0644\u0629", "\u0627\u062a\u0631\u0643 \u062a\u0639\u0644\u064a\u0642\u0627\u064b", "\u0644\u0646 \u064a\u062a\u0645 \u0646\u0634\u0631 \u0639\u0646\u0648\u0627\u0646 \u0628\u0631\u064a\u062f\u0643 \u0627\u0644\u0625\u0644\u0643\u062a\u0631\u0648\u0646\u064a. \u0627\u0644\u062d\u0642\u0648\u0644 \u0627\u0644\u0625\u0644\u0632\u0627\u0645\u064a\u0629 \u0645\u0634\u0627\u0631 \u0625\u0644\u064a\u0647\u0627 \u0628\u0640 *", "\u0632\u0631 \u0627\u0644\u0630\u0647\u0627\u0628 \u0625\u0644\u0649 \u0627\u0644\u0623\u0639\u0644\u0649"],
    ),
    dict(
        name="he_offprint_sifriya-digitalit", lang="he", dir="rtl", dir_on="body", site="\u05d7\u05d3\u05e9\u05d5\u05ea \u05d4\u05e2\u05d9\u05e8",
        nav=["\u05e8\u05d0\u05e9\u05d9", "\u05d7\u05d3\u05e9\u05d5\u05ea", "\u05ea\u05e8\u05d1\u05d5\u05ea"], section="\u05ea\u05e8\u05d1\u05d5\u05ea",
        title="\u05d4\u05e1\u05e4\u05e8\u05d9\u05d9\u05d4 \u05d4\u05e2\u05d9\u05e8\u05d5\u05e0\u05d9\u05ea \u05de\u05e2\u05dc\u05d4 \u05dc\u05e8\u05e9\u05ea \u05d0\u05ea \u05d0\u05e8\u05db\u05d9\u05d5\u05df \u05d4\u05e2\u05d9\u05ea\u05d5\u05e0\u05d9\u05dd \u05d4\u05d9\u05e9\u05df",
        byline="\u05de\u05d0\u05ea \u05e0\u05d5\u05e2\u05d4 \u05dc\u05d5\u05d9", date=None,
        body=[
            "\u05d4\u05e1\u05e4\u05e8\u05d9\u05d9\u05d4 \u05d4\u05e2\u05d9\u05e8\u05d5\u05e0\u05d9\u05ea \u05d4\u05e9\u05dc\u05d9\u05de\u05d4 \u05d4\u05e9\u05d1\u05d5\u05e2 \u05d0\u05ea \u05e1\u05e8\u05d9\u05e7\u05ea \u05db\u05dc \u05d2\u05d9\u05dc\u05d9\u05d5\u05e0\u05d5\u05ea \u05d4\u05e2\u05d9\u05ea\u05d5\u05df \u05d4\u05de\u05e7\u05d5\u05de\u05d9 \u05de\u05e9\u05e0\u05d5\u05ea \u05d4\u05d7\u05de\u05d9\u05e9\u05d9\u05dd, \u05d5\u05d4\u05dd \u05d6\u05de\u05d9\u05e0\u05d9\u05dd \u05de\u05e2\u05ea\u05d4 \u05dc\u05db\u05dc \u05d0\u05d7\u05d3 \u05d1\u05d0\u05ea\u05e8 \u05d4\u05e1\u05e4\u05e8\u05d9\u05d9\u05d4.",
            "\u05d4\u05e2\u05d1\u05d5\u05d3\u05d4 \u05e0\u05de\u05e9\u05db\u05d4 \u05e9\u05e0\u05ea\u05d9\u05d9\u05dd, \u05d5\u05d1\u05d4 \u05e6\u05d5\u05dc\u05de\u05d5 \u05d9\u05d5\u05ea\u05e8 \u05de\u05e9\u05dc\u05d5\u05e9\u05d9\u05dd \u05d0\u05dc\u05e3 \u05e2\u05de\u05d5\u05d3\u05d9\u05dd. \u05de\u05ea\u05e0\u05d3\u05d1\u05d9\u05dd \u05de\u05d1\u05d9\u05ea \u05d4\u05e1\u05e4\u05e8 \u05d4\u05ea\u05d9\u05d9\u05e9\u05d1\u05ea\u05d9 \u05e2\u05d6\u05e8\u05d5 \u05dc\u05e7\u05d8\u05dc\u05d2 \u05d0\u05ea \u05d4\u05db\u05d5\u05ea\u05e8\u05d5\u05ea \u05d5\u05d0\u05ea \u05e9\u05de\u05d5\u05ea \u05d4\u05db\u05d5\u05ea\u05d1\u05d9\u05dd.",
            "\u05dc\u05d3\u05d1\u05e8\u05d9 \u05de\u05e0\u05d4\u05dc\u05ea \u05d4\u05e1\u05e4\u05e8\u05d9\u05d9\u05d4, \u05d4\u05e4\u05e0\u05d9\u05d5\u05ea \u05d4\u05e8\u05d0\u05e9\u05d5\u05e0\u05d5\u05ea \u05d4\u05d2\u05d9\u05e2\u05d5 \u05de\u05d1\u05e0\u05d9 \u05de\u05e9\u05e4\u05d7\u05d4 \u05e9\u05de\u05d7\u05e4\u05e9\u05d9\u05dd \u05d9\u05d3\u05d9\u05e2\u05d5\u05ea \u05e2\u05dc \u05d4\u05d5\u05e8\u05d9\u05d4\u05dd, \u05d5\u05de\u05d7\u05d5\u05e7\u05e8\u05d9\u05dd \u05e9\u05e2\u05d5\u05e1\u05e7\u05d9\u05dd \u05d1\u05ea\u05d5\u05dc\u05d3\u05d5\u05ea \u05d4\u05e2\u05d9\u05e8.",
            "\u05d4\u05e1\u05e4\u05e8\u05d9\u05d9\u05d4 \u05de\u05ea\u05db\u05e0\u05e0\u05ea \u05dc\u05d4\u05d5\u05e1\u05d9\u05e3 \u05d1\u05e9\u05e0\u05d4 \u05d4\u05d1\u05d0\u05d4 \u05d2\u05dd \u05d0\u05ea \u05d0\u05e8\u05db\u05d9\u05d5\u05df \u05d4\u05ea\u05e6\u05dc\u05d5\u05de\u05d9\u05dd \u05e9\u05dc \u05d4\u05e2\u05d9\u05ea\u05d5\u05df, \u05d1\u05ea\u05e0\u05d0\u05d9 \u05e9\u05d9\u05d9\u05de\u05e6\u05d0 \u05ea\u05e7\u05e6\u05d9\u05d1 \u05dc\u05e9\u05d9\u05de\u05d5\u05e8 \u05d4\u05e9\u05dc\u05d9\u05dc\u05d9\u05dd.",
        ],
        caption=None,
        related=["\u05e9\u05e2\u05d5\u05ea \u05d4\u05e4\u05ea\u05d9\u05d7\u05d4 \u05e9\u05dc \u05d4\u05e1\u05e4\u05e8\u05d9\u05d9\u05d4 \u05de\u05ea\u05d0\u05e8\u05db\u05d5\u05ea \u05d1\u05e7\u05d9\u05e5"],
        furniture=["\u05e9\u05ea\u05e4\u05d5", "\u05db\u05ea\u05d1\u05d5\u05ea \u05e0\u05d5\u05e1\u05e4\u05d5\u05ea", "\u05db\u05dc \u05d4\u05d6\u05db\u05d5\u05d9\u05d5\u05ea \u05e9\u05de\u05d5\u05e8\u05d5\u05ea", "\u05d7\u05d6\u05e8\u05d4 \u05dc\u05de\u05e2\u05dc\u05d4"],
    ),
    dict(
        name="ja_offprint_toshokan-kiroku", lang="ja", dir="ltr", site="\u307e\u3061\u306e\u65b0\u805e",
        nav=["\u30c8\u30c3\u30d7", "\u5730\u57df", "\u6587\u5316", "\u79d1\u5b66"], section="\u5730\u57df",
        title="\u56f3\u66f8\u9928\u304c\u767e\u5e74\u5206\u306e\u96e8\u91cf\u8a18\u9332\u3092\u516c\u958b\u3001\u30dc\u30e9\u30f3\u30c6\u30a3\u30a2\u304c\u5165\u529b",
        byline=None, date="2024\u5e743\u670815\u65e5 9\u664230\u5206",
        body=[
            "\u5e02\u7acb\u56f3\u66f8\u9928\u306f\u3001\u6e2c\u5019\u6240\u306e\u8077\u54e1\u304c\u624b\u66f8\u304d\u3067\u6b8b\u3057\u305f\u767e\u5e74\u5206\u306e\u96e8\u91cf\u8a18\u9332\u3092\u30c7\u30b8\u30bf\u30eb\u5316\u3057\u3001\u8ab0\u3067\u3082\u5229\u7528\u3067\u304d\u308b\u5f62\u3067\u516c\u958b\u3057\u305f\u3002",
            "\u5165\u529b\u4f5c\u696d\u306b\u306f\u5e02\u6c11\u7d04\u516d\u5341\u4eba\u304c\u53c2\u52a0\u3057\u305f\u3002\u4e00\u3064\u306e\u6570\u5b57\u3092\u4e8c\u4eba\u304c\u5225\u3005\u306b\u5165\u529b\u3057\u3001\u98df\u3044\u9055\u3044\u304c\u3042\u308c\u3070\u539f\u672c\u306e\u5199\u771f\u3092\u78ba\u8a8d\u3059\u308b\u4ed5\u7d44\u307f\u3060\u3068\u3044\u3046\u3002",
            "\u5927\u5b66\u306e\u7814\u7a76\u8005\u306f\u3001\u3053\u308c\u307b\u3069\u9577\u3044\u8a18\u9332\u306f\u73cd\u3057\u304f\u3001\u8c6a\u96e8\u306e\u983b\u5ea6\u304c\u3069\u3046\u5909\u308f\u3063\u3066\u304d\u305f\u304b\u3092\u8abf\u3079\u308b\u624b\u304c\u304b\u308a\u306b\u306a\u308b\u3068\u8a71\u3057\u3066\u3044\u308b\u3002",
            "\u56f3\u66f8\u9928\u306f\u4eca\u5f8c\u3001\u6c34\u4f4d\u306e\u8a18\u9332\u3082\u540c\u3058\u3088\u3046\u306b\u516c\u958b\u3059\u308b\u4e88\u5b9a\u3067\u3001\u6bce\u6708\u7b2c\u4e00\u571f\u66dc\u65e5\u306b\u5165\u529b\u4f5c\u696d\u306e\u8aac\u660e\u4f1a\u3092\u958b\u3044\u3066\u3044\u308b\u3002",
        ],
        caption=None,
        related=["\u99c5\u524d\u306e\u5546\u5e97\u8857\u3067\u53e4\u672c\u5e02\u3001\u9031\u672b\u306b\u958b\u50ac"],
        furniture=["\u3053\u306e\u8a18\u4e8b\u3092\u30b7\u30a7\u30a2", "\u95a2\u9023\u8a18\u4e8b", "\u5229\u7528\u898f\u7d04", "\u30da\u30fc\u30b8\u306e\u5148\u982d\u3078"],
    ),
]


def page_html(p):
    e = html.escape
    nav = "".join(f'<li><a href="/{i}">{e(item)}</a></li>' for i, item in enumerate(p["nav"]))
    meta = ""
    if p["byline"]:
        meta += f'<p class="byline">{e(p["byline"])}</p>'
    if p["date"]:
        meta += f'<p class="date"><time>{e(p["date"])}</time></p>'
    paragraphs = [f"<p>{e(text)}</p>" for text in p["body"]]
    if p["caption"]:
        paragraphs.insert(2, f'<figure><img src="ledger.jpg" alt=""><figcaption>{e(p["caption"])}</figcaption></figure>')
    related = "".join(f'<li><a href="/r{i}">{e(t)}</a></li>' for i, t in enumerate(p["related"]))
    bio = f'<div class="author-bio"><p>{e(p["bio"])}</p></div>' if p.get("bio") else ""
    comments = "".join(f'<li class="comment"><p>{e(t)}</p></li>' for t in p.get("comments", []))
    comments = f'<section class="comments"><ol>{comments}</ol></section>' if comments else ""
    furniture = "".join(f"<p>{e(t)}</p>" for t in p["furniture"])
    return f"""<!DOCTYPE html>
<html lang="{p['lang']}"{'' if p.get('dir_on') == 'body' else ' dir="' + p['dir'] + '"'}>
<head>
<meta charset="utf-8">
<title>{e(p['title'])} | {e(p['site'])}</title>
<meta property="og:site_name" content="{e(p['site'])}">
<script>window.analytics = window.analytics || [];</script>
<style>body {{ font-family: sans-serif; }}</style>
</head>
<body{' dir="' + p['dir'] + '"' if p.get('dir_on') == 'body' else ''}>
<header><a class="logo" href="/">{e(p['site'])}</a><nav><ul>{nav}</ul></nav></header>
<main>
<div class="breadcrumb"><a href="/">{e(p['nav'][0])}</a><a href="/s">{e(p['section'])}</a></div>
<article>
<h1>{e(p['title'])}</h1>
{meta}
{chr(10).join(paragraphs)}
{bio}
</article>
<aside><h2>{e(p['furniture'][1] if len(p['furniture']) > 1 else '')}</h2><ul>{related}</ul></aside>
{comments}
</main>
<footer>{furniture}</footer>
</body>
</html>
"""


def page_text(p):
    # Navigation links glue together as a scraper gives them (like the seed's first line).
    blocks = ["".join(p["nav"]), p["nav"][0] + p["section"], p["title"]]
    if p["byline"]:
        blocks.append(p["byline"])
    if p["date"]:
        blocks.append(p["date"])
    body = list(p["body"])
    if p["caption"]:
        body.insert(2, p["caption"])
    blocks += body
    if p.get("bio"):
        blocks.append(p["bio"])
    blocks += p["related"] + p.get("comments", []) + p["furniture"]
    return "\n\n".join(blocks) + "\n"


def truth(p):
    return {
        "title": p["title"], "byline": p["byline"], "site_name": p["site"],
        "language": p["lang"], "direction": p["dir"],
        "body_paragraphs": p["body"], "body": "\n\n".join(p["body"]),
    }


for folder in ("html", "text", "truth"):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
for p in PAGES:
    with open(os.path.join(HERE, "html", p["name"] + ".html"), "w", encoding="utf-8") as f:
        f.write(page_html(p))
    with open(os.path.join(HERE, "text", p["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(page_text(p))
    with open(os.path.join(HERE, "truth", p["name"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth(p), f, ensure_ascii=False, indent=2)
        f.write("\n")
