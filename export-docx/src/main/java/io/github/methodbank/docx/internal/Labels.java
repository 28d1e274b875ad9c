package io.github.methodbank.docx.internal;

import java.util.List;
import java.util.Locale;

/** The document's fixed texts in Finnish, Swedish and English (the fallback). */
record Labels(
        String language,
        String purpose,
        String whereFitsOne,
        String whereFitsMany,
        String method,
        String details,
        String date,
        String place,
        String facilitator,
        String participants,
        String enterDate,
        String enterPlace,
        String enterFacilitator,
        String enterParticipants,
        String preparation,
        String whoToInvite,
        String skills,
        String materials,
        String duration,
        String groupSize,
        String minutes,
        String people,
        String agenda,
        String time,
        String activity,
        String who,
        String notes,
        String opening,
        String reflection,
        String nextSteps,
        String description,
        String howToUse,
        String examples,
        String sources,
        String links,
        String tags,
        String license,
        String updated,
        String workingPages,
        String questionsToDiscuss,
        String writeHere,
        String action,
        String owner,
        String due,
        String page,
        String fitsMark,
        List<String> defaultQuestions) {

    static final Labels EN = new Labels("en",
            "Purpose", "Where the method fits", "Where the methods fit", "Method",
            "Workshop details", "Date", "Place", "Facilitator", "Participants",
            "Enter the date", "Enter the place", "Enter the facilitator's name", "Enter the participants' names",
            "Preparation", "Who to invite", "Skills needed", "Materials", "Duration", "Group size", "min", "people",
            "Agenda", "Time", "Activity", "Who", "Notes", "Opening", "Reflection", "Next steps",
            "Description", "How to use it", "Examples", "Sources", "Links", "Tags", "License", "Updated",
            "Working pages", "Questions to discuss", "Write your notes here", "Action", "Owner", "Due date",
            "Page", "fits",
            List.of("What did we learn about our situation?",
                    "What surprised us?",
                    "What will we try first, and who needs to be involved?",
                    "What could get in the way, and how do we get past it?",
                    "How will we know that it worked?"));

    static final Labels FI = new Labels("fi",
            "Tarkoitus", "Menetelmän paikka poluilla", "Menetelmien paikka poluilla", "Menetelmä",
            "Työpajan tiedot", "Päivämäärä", "Paikka", "Fasilitaattori", "Osallistujat",
            "Kirjoita päivämäärä", "Kirjoita paikka", "Kirjoita fasilitaattorin nimi", "Kirjoita osallistujien nimet",
            "Valmistelu", "Keitä kutsua", "Tarvittava osaaminen", "Tarvikkeet", "Kesto", "Ryhmän koko", "min", "henkeä",
            "Ohjelma", "Aika", "Ohjelmakohta", "Kuka", "Muistiinpanot", "Avaus", "Yhteinen pohdinta", "Jatkotoimet",
            "Kuvaus", "Näin käytät menetelmää", "Esimerkkejä", "Lähteet", "Linkit", "Asiasanat", "Lisenssi", "Päivitetty",
            "Työskentelysivut", "Keskusteltavat kysymykset", "Kirjoita muistiinpanot tähän", "Toimenpide", "Vastuuhenkilö",
            "Määräaika", "Sivu", "sopii",
            List.of("Mitä opimme tilanteestamme?",
                    "Mikä yllätti meidät?",
                    "Mitä kokeilemme ensimmäiseksi, ja keitä siihen tarvitaan mukaan?",
                    "Mikä voi olla esteenä, ja miten pääsemme sen ohi?",
                    "Mistä tiedämme, että onnistuimme?"));

    static final Labels SV = new Labels("sv",
            "Syfte", "Metodens plats på vägarna", "Metodernas plats på vägarna", "Metod",
            "Uppgifter om workshoppen", "Datum", "Plats", "Facilitator", "Deltagare",
            "Skriv datum", "Skriv plats", "Skriv facilitatorns namn", "Skriv deltagarnas namn",
            "Förberedelser", "Vem ska bjudas in", "Kunskaper som behövs", "Material", "Tidsåtgång", "Gruppstorlek", "min",
            "personer",
            "Program", "Tid", "Aktivitet", "Vem", "Anteckningar", "Inledning", "Gemensam reflektion", "Nästa steg",
            "Beskrivning", "Så här använder du metoden", "Exempel", "Källor", "Länkar", "Nyckelord", "Licens", "Uppdaterad",
            "Arbetssidor", "Frågor att diskutera", "Skriv anteckningar här", "Åtgärd", "Ansvarig", "Klart senast",
            "Sida", "passar",
            List.of("Vad lärde vi oss om vår situation?",
                    "Vad överraskade oss?",
                    "Vad prövar vi först, och vilka behöver vara med?",
                    "Vad kan stå i vägen, och hur tar vi oss förbi det?",
                    "Hur vet vi att det fungerade?"));

    /** The labels for a language tag: fi, sv, else English. */
    static Labels forLanguage(String tag) {
        String primary = tag.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        return switch (primary) {
            case "fi" -> FI;
            case "sv" -> SV;
            default -> EN;
        };
    }
}
