"""Word lists the corpus generator draws from. Written for the benchmark, independent of the
detector's own lists (the detector has no name lists at all; its famous-entity lists overlap these
only where the world does)."""

LOCALES = {
    # locale: (female first names, male first names, last names)
    "en_US": ("Emily Olivia Madison Ashley Hannah Abigail Kayla Megan Brittany Jasmine Lauren Destiny Haley Chloe Savannah",
              "Jacob Michael Tyler Brandon Austin Kevin Dylan Cody Tanner Marcus Derek Trevor Jordan Caleb Hunter",
              "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thompson Martinez Robinson Clark Lewis Walker Hall Young Hernandez Kowalczyk Nguyen"),
    "en_GB": ("Charlotte Amelia Isla Poppy Freya Imogen Harriet Niamh Siobhan Eleanor Beatrice Rosie Gemma",
              "Oliver Harry George Alfie Callum Rhys Angus Hamish Declan Rory Fergus Archie Toby",
              "Taylor Evans Thomas Roberts Hughes Wright Walsh Edwards Davies Pritchard Cartwright Fairbairn O'Neill McAllister Ashworth"),
    "de_DE": ("Lena Hannah Leonie Johanna Katrin Anja Sabine Ute Friederike Jana Annika Birgit",
              "Lukas Jonas Maximilian Tobias Florian Jürgen Dieter Matthias Stefan Henrik Malte Sören",
              "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wolf Schröder Neumann Zimmermann Krüger Hartmann"),
    "fr_FR": ("Camille Léa Manon Chloé Inès Margaux Élodie Océane Clémence Amandine Solène Aurélie",
              "Lucas Hugo Théo Mathis Julien Antoine Bastien Quentin Loïc Mathieu Rémi Guillaume",
              "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Fournier Girard Bonnet Rousseau Mercier"),
    "es_ES": ("Lucía Sofía Paula Carmen Marta Nerea Alba Rocío Ainhoa Itziar Pilar Montserrat",
              "Hugo Pablo Álvaro Javier Sergio Iker Raúl Íñigo Jorge Alejandro Gonzalo Unai",
              "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Jiménez Díaz Moreno Muñoz Álvarez Romero"),
    "it_IT": ("Giulia Chiara Francesca Federica Alessia Martina Valentina Elisa Beatrice Ilaria",
              "Lorenzo Matteo Alessandro Davide Riccardo Gabriele Federico Tommaso Simone Andrea",
              "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini"),
    "nl_NL": ("Sanne Femke Lotte Anouk Fleur Maaike Eline Noor Roos",
              "Daan Sem Bram Thijs Jesse Ruben Wouter Joost Pieter",
              "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Vermeulen"),
    "en_IN": ("Priya Ananya Divya Sneha Kavya Pooja Lakshmi Aishwarya Shreya Meera Nandini",
              "Rahul Arjun Vikram Rohan Aditya Karthik Siddharth Amit Sanjay Pranav Venkatesh",
              "Sharma Patel Reddy Iyer Nair Gupta Singh Kumar Menon Chatterjee Banerjee Krishnan Rao Desai"),
    "pt_BR": ("Ana Beatriz Larissa Camila Fernanda Juliana Letícia Gabriela Thaís",
              "João Pedro Gustavo Rafael Thiago Felipe Matheus Leonardo Rodrigo",
              "Silva Santos Oliveira Souza Lima Pereira Carvalho Ferreira Almeida Costa Ribeiro"),
    "mixed": ("Mei Yuki Ngozi Aisha Fatima Olga Anastasia Zoë Siobhán Ewa Thi Hyun-woo Leilani",
              "Wei Hiroshi Chinedu Omar Mehmet Dmitri Kwame Tomasz Björn Santiago Nikos Tuan Jae-won",
              "Chen Wang Tanaka Okonkwo Haddad Yılmaz Ivanova Mensah Kowalski Lindqvist Papadopoulos Tran Kim Abubakar Novák"),
}

# Towns where private people live, work or travel (labelled LOCATION in personal sentences).
TOWNS = {
    "en_US": "Dayton|Fresno|Boise|Spokane|Tulsa|Akron|Macon|Duluth|Springfield|Bakersfield|Greenville|Chattanooga",
    "en_GB": "Leeds|Bristol|Swindon|Reading|Norwich|Stockport|Inverness|Bolton|Exeter|Harrogate|Swansea",
    "de_DE": "Bochum|Wuppertal|Bielefeld|Kassel|Heilbronn|Göttingen|Regensburg|Paderborn|Würzburg|Ulm",
    "fr_FR": "Nantes|Rennes|Angers|Tours|Grenoble|Limoges|Dijon|Nancy|Poitiers|Annecy",
    "es_ES": "Valladolid|Zaragoza|Murcia|Alicante|Córdoba|Gijón|Vigo|Salamanca|Burgos|Logroño",
    "it_IT": "Bergamo|Padova|Verona|Parma|Modena|Perugia|Trieste|Lecce|Brescia|Vicenza",
    "nl_NL": "Eindhoven|Utrecht|Groningen|Tilburg|Nijmegen|Zwolle|Haarlem|Delft|Arnhem",
    "en_IN": "Pune|Nagpur|Coimbatore|Indore|Mysuru|Kochi|Vadodara|Bhopal|Visakhapatnam",
    "pt_BR": "Curitiba|Campinas|Recife|Goiânia|Belém|Florianópolis|Fortaleza|Manaus",
    "mixed": "Busan|Sapporo|Lagos|Accra|Izmir|Kraków|Gothenburg|Thessaloniki|Da Nang|Almaty",
}
FAMOUS_CITIES = "London|Paris|Berlin|Tokyo|New York|Chicago|Madrid|Rome|Toronto|Sydney|Mumbai|Amsterdam"

ORG_HEADS = "Brightpath|Hartwell|Northgate|Bluewater|Kestrel|Ironbridge|Silverline|Oakmont|Redfern|Larkspur|Meridian|Copperleaf|Stonebridge|Fairview|Highmoor"
ORG_TAILS = "Logistics|Dental Clinic|Plumbing|Consulting|Analytics|Bakery|Insurance|Family Practice|Elementary School|Credit Union|Realty|Veterinary Hospital|Solutions|Partners LLP|Builders"
ORG_FOREIGN = "Müller Bau GmbH|Schreinerei Weber|Boulangerie Martin|Clínica Dental Sonrisa|Studio Legale Bianchi|Bakkerij de Vries|Café Lindenhof|Garage Dubois SARL|Talleres Gómez SL"

STREETS_EN = "Maple|Oak|Elm|Cedar|Willow|Highland|Church|Mill|Station|Victoria|Kingsley|Lakeview|Sycamore|Orchard|Chestnut|Meadow"
STREET_TYPES_EN = "Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Court|Way|Close|Crescent|Boulevard|Terrace|Place"
US_STATES = "OH|CA|TX|WA|OR|IL|GA|NC|MI|PA|TN|ID|OK"
STREETS_DE = "Linden|Bahnhof|Garten|Schiller|Goethe|Berg|Kirch|Wald|Rosen|Feld|Mühlen|Birken"
STREETS_FR = "des Lilas|de la République|Victor Hugo|du Moulin|Jean Jaurès|des Écoles|de la Gare|Pasteur|du Château"
STREETS_ES = "Mayor|de Alcalá|del Carmen|San Juan|de la Paz|Real|Nueva|del Sol|de Goya"
STREETS_IT = "Garibaldi|Roma|Mazzini|Dante|Cavour|Verdi|San Marco|della Repubblica"

FAMOUS_PEOPLE = ("Albert Einstein|Marie Curie|Napoleon|Shakespeare|Abraham Lincoln|Ada Lovelace|Alan Turing|"
                 "Frida Kahlo|Ernest Hemingway|Serena Williams|Ludwig Wittgenstein|Simone de Beauvoir|"
                 "Isaac Newton|Cleopatra|Nelson Mandela|Virginia Woolf|Genghis Khan|Mozart")
FAMOUS_COMPANIES = "Google|Microsoft|Apple|Amazon|Tesla|Netflix|Nvidia|Spotify|Airbnb|IKEA|Toyota|Samsung|Shopify|Atlassian|Zalando"
FAMOUS_PLACES = ("France|Japan|Germany|Brazil|Canada|Italy|Kenya|Norway|Peru|Vietnam|Paris|Tokyo|London|Rome|"
                 "Barcelona|Kyoto|Lisbon|Cairo|Istanbul|Reykjavik|Patagonia|the Alps|the Sahara|Machu Picchu|Iceland|Bali")
TECH = "Python|Rust|Go|TypeScript|PostgreSQL|Kubernetes|React|Django|Excel|Terraform|Kafka|Redis|pandas|NumPy|Docker|Bash|SQL"
