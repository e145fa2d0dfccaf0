"""Word lists surrogates are drawn from: names by locale and gender, surnames, cities, street names.

Small on purpose (a few dozen per list): surrogates must look plausible, not be statistically
representative, and the lists double as hints of an original name's locale and gender.
"""

from __future__ import annotations

# locale -> (female first names, male first names, surnames, cities, street-name stems)
LOCALES: dict[str, tuple[str, str, str, str, str]] = {
    "en": (
        "Emily Olivia Sophie Hannah Grace Chloe Lucy Megan Rachel Laura Sarah Emma Amelia Charlotte "
        "Abigail Natalie Rebecca Victoria Alice Evelyn Harper Madison Zoe Holly Claire",
        "James Oliver Thomas Daniel Matthew Ethan Noah Samuel Benjamin Henry Jack Ryan Nathan Adam "
        "Owen Connor Tyler Jacob Liam Caleb Dylan Aaron Isaac Gavin Brandon",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Thompson White "
        "Harris Clark Lewis Walker Hall Young Allen Wright Scott Green Baker Adams Nelson Hill Campbell "
        "Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart",
        "Springfield Riverside Fairview Georgetown Clinton Salem Franklin Greenville Bristol Ashford "
        "Kingston Milton Oakridge Chester Dover",
        "Oak Maple Cedar Elm Pine Willow Birch Lake Hill Park Church Mill Highland Sunset River",
    ),
    "de": (
        "Anna Lena Lea Hannah Mia Julia Lisa Katharina Johanna Sophie Marie Clara Greta Ida Frieda "
        "Paula Nele Jana Carina Miriam Helena Theresa Ute Sabine Petra",
        "Lukas Jonas Leon Felix Maximilian Paul Finn Elias Tobias Niklas Moritz Florian Sebastian "
        "Stefan Matthias Andreas Jürgen Dieter Klaus Wolfgang Uwe Henrik Anton Emil Torsten",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
        "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
        "Schmitt Werner Krause Meier Lehmann Keller Vogel Frank Berger Kaiser",
        "Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden "
        "Hannover Nürnberg Bonn Mannheim",
        "Linden Birken Eichen Ahorn Garten Schul Kirch Berg Wald Bahnhof Rosen Mühlen Feld Tannen Buchen",
    ),
    "fr": (
        "Camille Léa Manon Chloé Inès Juliette Louise Émilie Zoé Margaux Clémence Mathilde Pauline "
        "Élise Amélie Céline Nathalie Isabelle Aurélie Océane Justine Anaïs Lucie Sandrine Valérie",
        "Hugo Louis Gabriel Arthur Jules Théo Raphaël Antoine Mathis Maxime Baptiste Clément Julien "
        "Nicolas Pierre Guillaume Romain Mathieu Olivier Thierry Laurent Étienne Benoît Yannick Cédric",
        "Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Simon Lefebvre Michel David "
        "Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François "
        "Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Perrin",
        "Lyon Marseille Toulouse Nice Nantes Strasbourg Montpellier Bordeaux Lille Rennes Reims "
        "Grenoble Dijon Angers Nîmes",
        "Lilas Tilleuls Peupliers Acacias Jardins Vignes Moulins Sources Roses Chênes Pins Fleurs "
        "Écoles Prés Marronniers",
    ),
    "es": (
        "Lucía Sofía María Martina Paula Valeria Daniela Carmen Alba Elena Marta Irene Claudia Noelia "
        "Rocío Pilar Beatriz Cristina Andrea Isabel Raquel Silvia Nuria Lorena Ainhoa",
        "Mateo Martín Leo Alejandro Pablo Manuel Álvaro Adrián Mario Diego Javier Sergio Jorge Carlos "
        "Miguel Antonio Francisco Rafael Fernando Iván Rubén Gonzalo Ignacio Enrique Raúl",
        "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández "
        "Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil "
        "Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Iglesias",
        "Valencia Sevilla Zaragoza Málaga Murcia Bilbao Alicante Córdoba Valladolid Vigo Gijón Granada "
        "Oviedo Pamplona Salamanca",
        "Mayor Real Nueva Sol Luna Olivos Rosales Pinos Flores Castillo Molino Fuente Iglesia Jardines "
        "Estrella",
    ),
    "it": (
        "Giulia Aurora Ginevra Giorgia Beatrice Chiara Francesca Sara Valentina Federica Alessia "
        "Roberta Serena Ilaria Elisa Arianna Camilla Noemi Vittoria Rebecca Gaia Eleonora Debora "
        "Simona Daniela",
        "Leonardo Francesco Alessandro Lorenzo Mattia Andrea Gabriele Riccardo Tommaso Edoardo Matteo "
        "Giuseppe Marco Luca Davide Simone Federico Stefano Paolo Giovanni Roberto Massimo Fabio Enrico "
        "Alberto",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso "
        "Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra",
        "Milano Torino Genova Bologna Firenze Bari Catania Verona Padova Trieste Brescia Parma Modena "
        "Perugia Livorno",
        "Garibaldi Mazzini Verdi Dante Cavour Marconi Manzoni Matteotti Gramsci Volta Galilei Puccini "
        "Leopardi Carducci Petrarca",
    ),
    "nl": (
        "Mila Tess Zoë Nora Fleur Evi Lotte Sanne Femke Anouk Lieke Iris Noor Roos Esmee Marloes Ilse "
        "Floor Maud Janneke Saskia Mirjam Ingrid Wendy Eline",
        "Daan Sem Levi Milan Bram Thijs Jesse Ruben Lars Stijn Niels Joris Sander Bas Wouter Jeroen "
        "Maarten Pieter Koen Gijs Hidde Jelle Sjoerd Rutger Teun",
        "Jansen Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Smits "
        "Janssen Bakker Vermeulen Kok Jacobs Schouten Willems Hoekstra Koster Prins Huisman Kuipers "
        "Veenstra Kramer Timmermans Postma Wouters Maas Verhoeven Hermans Boer Sluiter",
        "Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Haarlem Arnhem Enschede Amersfoort "
        "Zwolle Leiden Maastricht Delft",
        "Kerk Dorps School Molen Linden Beuken Eiken Wilgen Berken Prinsen Heren Hoog Brink Vijver Duin",
    ),
    "pl": (
        "Zuzanna Maja Zofia Hanna Alicja Amelia Oliwia Aleksandra Natalia Wiktoria Agnieszka "
        "Katarzyna Magdalena Joanna Ewa Małgorzata Monika Dorota Barbara Beata Karolina Justyna "
        "Renata Iwona Weronika",
        "Antoni Jakub Aleksander Franciszek Szymon Filip Mikołaj Wojciech Kacper Piotr Krzysztof "
        "Tomasz Paweł Marcin Michał Łukasz Grzegorz Mateusz Dariusz Rafał Bartosz Kamil Marek "
        "Zbigniew Jarosław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski "
        "Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Stępień "
        "Jaworski Malinowski Pawlak Górski Sikora",
        "Kraków Łódź Wrocław Poznań Gdańsk Szczecin Bydgoszcz Lublin Białystok Katowice Gdynia Toruń "
        "Kielce Rzeszów Olsztyn",
        "Polna Leśna Słoneczna Krótka Szkolna Ogrodowa Lipowa Brzozowa Łąkowa Kwiatowa Sosnowa "
        "Wiśniowa Jesionowa Akacjowa Klonowa",
    ),
    "pt": (
        "Ana Mariana Inês Leonor Matilde Carolina Joana Rita Catarina Margarida Francisca Luana Júlia "
        "Larissa Camila Fernanda Gabriela Letícia Patrícia Sílvia Teresa Bruna Tatiana Vanessa Adriana",
        "João Pedro Tiago Rodrigo Diogo Gonçalo Afonso Duarte Martim Gustavo Henrique Vinícius "
        "Thiago Eduardo Luís Nuno Rui Sérgio Fábio Marcelo Ricardo Vítor Renato Leandro Otávio",
        "Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Gomes "
        "Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes "
        "Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cruz Cunha Pires Barbosa Azevedo",
        "Porto Braga Coimbra Funchal Setúbal Aveiro Évora Faro Viseu Leiria Recife Curitiba Manaus "
        "Belém Fortaleza",
        "Liberdade Palmeiras Oliveiras Amoreiras Laranjeiras Rosas Pinheiros Acácias Fontes Areias "
        "Moinhos Pombal Andrade Camões Açucenas",
    ),
    "ru": (
        "Анна Мария Елена Ольга Наталья Татьяна Ирина Екатерина Светлана Юлия Дарья Полина Ксения "
        "Алина Вера",
        "Александр Дмитрий Максим Сергей Андрей Алексей Иван Михаил Никита Павел Егор Артём Роман "
        "Олег Игорь",
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Федоров Морозов Волков "
        "Алексеев Лебедев Семенов Егоров Павлов Козлов Степанов Николаев",
        "Казань Самара Омск Томск Пермь Уфа Воронеж Тула Курск Ярославль Иркутск Тверь Калуга Рязань "
        "Псков",
        "Садовая Лесная Школьная Молодёжная Центральная Полевая Речная Луговая Зелёная Солнечная",
    ),
}

COUNTRIES = (
    "Germany France Spain Italy Netherlands Poland Portugal Austria Switzerland Belgium Sweden Norway "
    "Denmark Ireland Canada Australia Mexico Brazil Japan India Finland Greece Chile Argentina"
).split()

# Company names are two stems glued together ("Northbridge"): 20 x 16 = 320 of them, none famous.
ORG_HEADS = "Blue North Silver Green Bright Stone Red Oak Cedar River Summit Pine Iron Golden Clear Maple " \
    "Harbor Falcon Sun Lake".split()
ORG_TAILS = "field wind bridge gate stone wood crest point brook view ridge haven works line path vale" \
    .split()

# Syllables for made-up words when every listed word is taken (never the common case).
SYLLABLES = "ka lo mi ra ne to vi sa du be ri no la fe mo ta li ru se go".split()


def _split(locale: str, index: int) -> tuple[str, ...]:
    return tuple(LOCALES[locale][index].split())


LATIN = tuple(loc for loc in LOCALES if loc != "ru")
FEMALE = {loc: _split(loc, 0) for loc in LOCALES}
MALE = {loc: _split(loc, 1) for loc in LOCALES}
SURNAMES = {loc: _split(loc, 2) for loc in LOCALES}
CITIES = {loc: _split(loc, 3) for loc in LOCALES}
STREETS = {loc: _split(loc, 4) for loc in LOCALES}


def _index() -> tuple[dict[str, tuple[str, str]], dict[str, str], dict[str, str]]:
    """Lower-cased word -> (locale, gender) for first names, -> locale for surnames and cities."""
    first: dict[str, tuple[str, str]] = {}
    last: dict[str, str] = {}
    city: dict[str, str] = {}
    for loc in LOCALES:  # dict order: the first locale listing a word wins
        for name in FEMALE[loc]:
            first.setdefault(name.lower(), (loc, "f"))
        for name in MALE[loc]:
            first.setdefault(name.lower(), (loc, "m"))
        for name in SURNAMES[loc]:
            last.setdefault(name.lower(), loc)
        for name in CITIES[loc]:
            city.setdefault(name.lower(), loc)
    return first, last, city


FIRST_INDEX, SURNAME_INDEX, CITY_INDEX = _index()

# Frequent first names that are not surrogate material but tell an original's locale and gender.
_HINTS = {
    ("en", "f"): "jane mary patricia jennifer linda elizabeth barbara susan jessica karen nancy lisa "
                 "betty sandra ashley kimberly donna michelle carol amanda melissa deborah stephanie "
                 "sharon cynthia kathleen amy angela helen anna brenda pamela nicole samantha katherine "
                 "christine debra catherine heather diane julie joyce virginia kelly lauren judy",
    ("en", "m"): "john robert michael william david richard joseph charles christopher mark donald "
                 "steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason "
                 "jeffrey gary eric stephen larry justin scott frank raymond gregory patrick peter "
                 "harold douglas walter kyle jeremy ethan keith roger gerald carl terry sean bob tom",
    ("de", "f"): "ursula monika gabriele renate karin birgit heike susanne andrea claudia",
    ("de", "m"): "hans peter michael thomas frank bernd günter horst helmut gerhard ralf jörg",
    ("es", "f"): "maria josefa dolores rosa ana lucia",
    ("es", "m"): "jose juan luis angel jesus pedro",
    ("it", "f"): "giovanna maria anna rosa angela lucia",
    ("it", "m"): "giorgio salvatore vincenzo pietro franco",
    ("fr", "f"): "marie sophie nathalie christine sylvie catherine monique",
    ("fr", "m"): "jean michel philippe alain patrick jacques bernard christophe",
}
for (_loc, _gender), _names in _HINTS.items():
    for _name in _names.split():
        FIRST_INDEX.setdefault(_name, (_loc, _gender))
