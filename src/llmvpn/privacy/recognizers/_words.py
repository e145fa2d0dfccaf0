"""Words that are capitalised as sentence openers, in titles or as product names, and are never
the name of a person, place or organisation that could identify someone (with the question words that open a
prompt in the languages read: "Kaip ...", "Miksi ...", "Hvordan ..."). Shared by the NER gate and the name rules."""

COMMON = frozenset(
    """a about above after again against all also although always am an and another any anyone anything
    are as at be because been before being below between both but by can cannot could did do does doing
    done down during each either else even ever every everyone everything few first for from further
    get give given go going got had has have having he her here hers herself him himself his how however
    i i'd i'll i'm i've if in into is it it's its itself just last least less let let's like make many may
    maybe me might more most much must my myself never next no nobody none nor not nothing now of off
    often on once one only or other others otherwise our ours out over own perhaps please quite rather
    really same say several shall she should since so some someone something sometimes still such than
    thanks thank that that's the their theirs them then there these they this those though through thus
    to too under unless until up upon us very was we were what what's whatever when whenever where whether
    which while who whom whose why will with within without would yes yet you your yours yourself
    hi hello hey dear ok okay sure great good nice cool sorry yeah yep nope well oh also
    write rewrite explain summarize summarise translate fix find list show generate convert compare
    describe draft check review create help tell give suggest recommend calculate compute build design
    implement refactor optimize optimise debug test add remove update use using make improve plan outline
    answer correct format parse sort count read analyze analyse extract proofread edit polish shorten
    expand brainstorm imagine assume consider note remember act pretend return output print run
    new old first second third last next previous final best better worst important urgent quick simple
    step steps example examples question questions answer answers task tasks problem problems note notes
    subject re fwd fw attached attachment update summary agenda meeting call email message text letter
    input output error warning info debug todo fixme true false none null yes no
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december today tomorrow yesterday
    python java javascript typescript rust golang kotlin swift ruby php perl scala haskell bash shell
    sql html css json yaml xml csv pdf excel word powerpoint markdown latex regex api apis http https
    rest graphql docker kubernetes linux unix windows macos ios android git github gitlab aws azure
    react vue angular node django flask fastapi spring pandas numpy pytorch tensorflow postgres mysql
    sqlite redis mongodb kafka nginx chatgpt gpt claude gemini llm llms ai ml openai
    terraform helm ansible kubectl pod pods replicaset statefulset daemonset deployment ingress grafana prometheus
    jenkins sentry twilio sendgrid mailgun datadog pagerduty jira confluence bitbucket vercel netlify heroku supabase
    firebase elasticsearch kibana istio argocd webpack eslint pytest celery rabbitmq airflow snowflake dbt
    past half quarter ten eleven twelve twenty thirty forty fifty o'clock
    ticket order invoice item sku request customer support service account
    uuid uuids ulid css keyerror valueerror typeerror exception traceback sha md5 url urls id ids pr
    ich du er sie wir ihr es der die das ein eine und oder aber wie was wer wo warum bitte kannst kann
    ist sind mein meine dein deine danke hallo lohnt gibt hier
    je tu il elle nous vous ils le la les un une des et ou mais comment quel quelle quels pourquoi
    écris écrivez peux pouvez merci bonjour est sont mon ma mes donne donnez
    yo tú él ella nosotros el los las una y o pero cómo qué cuál cuáles por porque redacta escribe
    puedes gracias hola es son mi mis dame dime ayúdame
    spiegami dimmi scrivimi aiutami dammi fammi mostrami raccontami traduci riassumi elenca scrivi spiega
    correggi explícame explicame escríbeme escribeme muéstrame cuéntame hazme explica traduce resume
    erkläre erklär schreib schreibe übersetze hilf explique expliquez traduis
    kaip kodėl kodel kur kada koks kokia kāpēc kuidas miks millal miksi miten mikä mitä kuinka missä milloin voiko onko
    miért hogyan mikor dlaczego jak czy gdzie kiedy jaki jaka proč kde kdy jaký prečo ako kedy aký što kako zašto
    gdje kada zakaj kaj kje cum unde când neden nasıl nerede hangi hur varför vad hvordan hvorfor hva hvad hoe
    waarom wanneer welke porque quando qual quais bagaimana mengapa kenapa apakah hvernig hvað hvenær
    πώς γιατί πού πότε как почему где когда як чому коли защо какво кога""".split()
)

# Words that label a phone number or an email address rather than name its owner ("Office line:
# 020 ...", "billing dept billing@...", "press inquiries press@...").
CONTACT_LABELS = frozenset(
    """office line lines number numbers phone phones mobile cell cellphone fax tel telephone landline hotline
    helpline switchboard contact contacts emergency email e-mail mail address inbox dept department
    desk reception inquiries enquiries billing press info help helpdesk service services booking bookings
    orders reservations head main general direct home work private business personal whatsapp sms
    extension ext""".split()
)


# What an employer field holds when it names no firm: left empty, or an answer ("N/A", "self-employed", "retired").
NO_EMPLOYER = frozenset("""n/a na none nil - -- self self-employed selfemployed unemployed retired student freelance
    freelancer homemaker not applicable keiner keine aucun ninguno nenhum няма нет немає brak žádný nėra 无 なし 없음""".split())
