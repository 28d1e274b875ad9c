package io.github.methodbank.pdf.internal;

import java.util.Locale;

/** Section labels in Finnish, Swedish and English. Not API. */
public record Labels(String phases, String howToUse, String typicalUsers, String requiredSkills, String links,
        String duration, String groupSize, String minutes, String steps, String materials, String examples,
        String sources, String license) {

    private static final Labels FI = new Labels("Polun vaiheet", "Miten menetelmää käytetään?", "Kuka käyttää",
            "Tarvittava osaaminen", "Linkit", "Kesto", "Ryhmän koko", "min", "Työskentelyn kulku", "Tarvikkeet",
            "Esimerkkejä", "Lähteet", "Lisenssi");
    private static final Labels SV = new Labels("Stigens faser", "Hur används metoden?", "Vem använder den",
            "Kunskaper som behövs", "Länkar", "Längd", "Gruppstorlek", "min", "Arbetets gång", "Material",
            "Exempel", "Källor", "Licens");
    private static final Labels EN = new Labels("Path phases", "How to use the method", "Who uses it",
            "Skills needed", "Links", "Duration", "Group size", "min", "Agenda", "Materials", "Examples", "Sources",
            "Licence");

    /** The labels for a language tag; English for languages other than Finnish and Swedish. */
    public static Labels forLanguage(String tag) {
        String primary = tag.toLowerCase(Locale.ROOT).split("-")[0];
        return switch (primary) {
            case "fi" -> FI;
            case "sv" -> SV;
            default -> EN;
        };
    }
}
