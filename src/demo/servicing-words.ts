// What the demo firm's professionals write in their activities, proposals, call-back notes and
// gift register: short Dutch phrases, as a Dutch consultancy would record them.

/** Subjects of done personal contacts by type. */
export const contactSubjects = {
  visit: [
    'Relatiebezoek: terugblik op het afgelopen kwartaal',
    'Bezoek: stand van zaken lopende opdracht',
    'Bezoek aan de nieuwe vestiging',
    'Werkbezoek met rondleiding door het bedrijf',
    'Lunchafspraak met de directeur',
    'Kennismaking met de nieuwe financieel directeur',
    'Bezoek: plannen voor volgend jaar besproken',
  ],
  call: [
    'Telefonisch bijgepraat',
    'Gebeld over de planning',
    'Belafspraak: voortgang van het traject',
    'Gebeld naar aanleiding van een nieuwsbericht',
    'Telefonisch advies gegeven over de begroting',
    'Nagebeld na de oplevering',
    'Gebeld om te feliciteren met de nieuwe opdracht',
  ],
  meeting: [
    'Voortgangsoverleg',
    'Stuurgroepoverleg',
    'Tussentijdse evaluatie met de opdrachtgever',
    'Overleg over de vervolgfase',
    'Werksessie met het managementteam',
    'Verwachtingen voor de nieuwe opdracht afgestemd',
  ],
  evaluation: [
    'Evaluatie van de afgeronde opdracht',
    'Evaluatiegesprek na de oplevering',
    'Tevredenheidsgesprek met de opdrachtgever',
  ],
} as const;

/** Meetings about the client's own business: partnership, which no type suggests by itself. */
export const partnershipSubjects = [
  'Meegedacht over de meerjarenstrategie',
  'Samen een nieuwe dienst verkend',
  'Bestuurlijk overleg over de samenwerking',
  'Gezamenlijke presentatie op het congres voorbereid',
  'Sparringsessie over de groeiplannen',
] as const;

export const emailSubjects = [
  'Artikel gestuurd over nieuwe wetgeving',
  'Samenvatting van het overleg gemaild',
  'Onderzoeksrapport over de sector gedeeld',
  'Ongevraagd advies gemaild over subsidiemogelijkheden',
  'Planning van de vervolgfase toegestuurd',
] as const;

/** Planned contacts in the coming weeks. */
export const plannedSubjects = [
  'Relatiebezoek',
  'Lunchafspraak',
  'Kwartaaloverleg',
  'Bezoek: jaarplan bespreken',
  'Kennismaking met de nieuwe directeur',
  'Voortgangsoverleg',
] as const;

export const activityNotes = [
  'Tevreden over het verloop; wil volgend jaar verder.',
  'Zorgen over de doorlooptijd; planning aangescherpt.',
  'Nieuwe CFO per 1 maart, kennismaking plannen.',
  'Vroeg naar onze ervaring bij andere organisaties in de sector.',
  'Budget voor volgend jaar is nog niet rond.',
  'Denkt aan uitbreiding naar een tweede vestiging.',
  'Positief over het team; vooral de snelle reacties vielen op.',
] as const;

export const followUpNotes = [
  'Offerte sturen voor de vervolgfase',
  'Verslag rondsturen',
  'Contact leggen met onze specialist',
  'Terugkomen op de planning',
  'Referentie nabellen',
  'Voorstel voor een evaluatiemoment sturen',
] as const;

/** The firm's own events, by the day they usually fall on (month-day) and their names. */
export const firmEvents = [
  ['01-08', 'Nieuwjaarsreceptie'],
  ['06-18', 'Zomerborrel op kantoor'],
  ['10-07', 'Klantenseminar "Besturen in onzekere tijden"'],
] as const;

export const lostReasons = [
  'Te duur: gekozen voor een goedkoper bureau',
  'Project uitgesteld tot volgend jaar',
  'Opdracht intern opgepakt',
  'Ander bureau had meer ervaring in de sector',
  'Geen budget na bezuinigingen',
] as const;

export const callBackNotes = [
  'Vraag over de factuur',
  'Wil de planning bespreken',
  'Terugbellen over de offerte',
  'Heeft een vraag over de rapportage',
  'Graag terugbellen vóór vrijdag',
  'Nieuwe vraag, wil even sparren',
] as const;

/** Who called, when it was not one of the client's contact persons. */
export const otherCallers = ['Secretariaat', 'Receptie', 'Assistent van de directeur'] as const;

export type GiftOccasion =
  'christmas' | 'newYear' | 'assignmentCompleted' | 'anniversary' | 'thanks';

/** Gifts by occasion: what was given, and its value range in cents. */
export const giftIdeas: Record<GiftOccasion, readonly (readonly [string, number, number])[]> = {
  christmas: [
    ['Kerstpakket met streekproducten', 3500, 5000],
    ['Fles wijn met een handgeschreven kaart', 2500, 4500],
    ['Boek over leiderschap met een persoonlijke opdracht', 2500, 3500],
  ],
  newYear: [
    ['Nieuwjaarskaart met een persoonlijke wens', 250, 450],
    ['Nieuwjaarskaart en een zakje bloembollen', 450, 800],
  ],
  assignmentCompleted: [
    ['Ingelijste foto van de projectgroep', 3000, 4500],
    ['Boek "Het nieuwe organiseren" met een persoonlijke opdracht', 2500, 3500],
    ['Etentje met het projectteam', 7500, 9500],
  ],
  anniversary: [
    ['Bos bloemen bij het jubileum', 4000, 5000],
    ['Kunstwerk van een lokale kunstenaar', 4500, 5000],
  ],
  thanks: [
    ['Bloemen als dank voor de introductie', 2500, 3500],
    ['Fles olijfolie van eigen pers', 2000, 3000],
    ['Doos bonbons van de chocolatier om de hoek', 1500, 2500],
    ['Taart voor het team, als dank voor de prettige samenwerking', 2500, 4000],
  ],
};
