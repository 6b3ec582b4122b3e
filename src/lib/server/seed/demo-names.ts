/**
 * Name pools for the demo membership.
 *
 * Each pool is a naming culture, not a country: a country draws from one or
 * more pools (see demo-countries.ts), so a member in Toronto can be called
 * Siobhán Murphy, Priya Sharma or Jean-François Tremblay.
 *
 * Names are written the way people from that culture usually write them in
 * an English-language web profile: Latin script, with the diacritics they
 * would normally keep (José, Müller, Łukasz), without them where everyday
 * romanisation drops them (Nguyen, Mohamed). Arabic pools also carry an
 * Arabic-script form of every name, because about a third of members in
 * Arabic-speaking countries show their name in Arabic script.
 *
 * The given names are grouped by the gender the name is usually read as:
 * `f`, `m`, or `x` for names commonly given to anyone. That tag is only a
 * hint for the generator; a member's self-declared gender is separate.
 *
 * Deliberately absent: surnames that would pair with a pool's given names to
 * reproduce well-known public figures (politicians, athletes, writers and
 * activists). The generator also keeps a small block list as a backstop.
 */

export type NameGender = 'f' | 'm' | 'x';

/** A family name, or a [masculine, feminine] pair for cultures that inflect it (Nowak / Kowalski–Kowalska). */
export type FamilyName = string | readonly [masculine: string, feminine: string];

export interface NamePool {
	/** Human-readable label, for debugging and seed reports. */
	readonly label: string;
	/** ISO 639-1 language most people with these names grow up speaking; a hint, the city decides. */
	readonly language: string;
	readonly given: {
		readonly f: readonly string[];
		readonly m: readonly string[];
		readonly x: readonly string[];
	};
	readonly family: readonly FamilyName[];
	/** Probability the display name is written family name first (Nguyen Thi Lan, Tan Mei Ling). */
	readonly familyFirst?: number;
	/** Probability of a second family name (María García López, Ana Souza Lima). */
	readonly secondFamily?: number;
	/** Patronymic connector, e.g. Malay "bin"/"binti", used with the given probability. */
	readonly connector?: { readonly f: string; readonly m: string; readonly chance: number };
	/** Gendered middle names used in family-first order (Vietnamese Thi / Van). */
	readonly middle?: {
		readonly f: readonly string[];
		readonly m: readonly string[];
		readonly chance: number;
	};
	/** Arabic-script form of every given and family name in the pool. */
	readonly arabicScript?: Readonly<Record<string, string>>;
}

export interface GivenName {
	readonly name: string;
	readonly gender: NameGender;
}

// The pools are laid out by hand, several names to a line, so Prettier leaves them alone.
// prettier-ignore
export const NAME_POOLS = {
	// ─── English-speaking world ────────────────────────────────────────────
	anglo: {
		label: 'Anglo (UK, US, Canada, Australia, New Zealand)',
		language: 'en',
		given: {
			f: [
				'Emma', 'Sarah', 'Rachel', 'Hannah', 'Laura', 'Jessica', 'Rebecca', 'Katie', 'Megan', 'Chloe',
				'Olivia', 'Amy', 'Lucy', 'Claire', 'Helen', 'Jennifer', 'Elizabeth', 'Grace', 'Zoe', 'Naomi',
				'Ruth', 'Abigail', 'Jade', 'Keisha', 'Tamara', 'Denise', 'Beth', 'Heather', 'Molly', 'Fiona',
				'Shanice', 'Holly', 'Kirsty', 'Ellen'
			],
			m: [
				'James', 'David', 'Daniel', 'Thomas', 'Matthew', 'Andrew', 'Benjamin', 'Samuel', 'Joseph',
				'Michael', 'Nathan', 'Tom', 'Owen', 'Luke', 'Ryan', 'Adam', 'Patrick', 'Marcus', 'Darnell',
				'Tyler', 'Kevin', 'Greg', 'Simon', 'Graham', 'Peter', 'Jonathan', 'Oliver', 'Harry', 'Calum',
				'Isaac', 'Reggie', 'Stuart'
			],
			x: ['Alex', 'Sam', 'Jordan', 'Taylor', 'Robin', 'Charlie', 'Jamie', 'Casey', 'Morgan', 'Riley', 'Jesse', 'Frankie', 'Quinn', 'Ash']
		},
		family: [
			'Smith', 'Jones', 'Williams', 'Brown', 'Taylor', 'Davies', 'Wilson', 'Thomas', 'Johnson', 'Roberts',
			'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood',
			'Harris', 'Clarke', 'Jackson', 'Turner', 'Hill', 'Baker', 'Cooper', 'Ward', 'Morris', 'Price',
			'Bennett', 'Carter', 'Mitchell', 'Campbell', 'Parker', 'Ellis', 'Hayes', 'Foster', 'Reed', 'Brooks',
			'Coleman', 'Bailey', 'Freeman', 'Gray', 'Porter', 'Holloway', 'Fletcher', 'Marsh', 'Dixon', 'Lawson'
		]
	},
	irish: {
		label: 'Irish',
		language: 'en',
		given: {
			f: [
				'Aoife', 'Siobhán', 'Niamh', 'Caoimhe', 'Saoirse', 'Róisín', 'Orla', 'Clodagh', 'Sinéad', 'Gráinne',
				'Áine', 'Eimear', 'Ciara', 'Deirdre', 'Maeve', 'Mairéad', 'Aisling', 'Nuala'
			],
			m: [
				'Cian', 'Oisín', 'Darragh', 'Eoin', 'Ciarán', 'Cormac', 'Colm', 'Diarmuid', 'Pádraig', 'Seán',
				'Tadhg', 'Fionn', 'Ronan', 'Declan', 'Dónal', 'Conor', 'Niall', 'Brendan', 'Fergal'
			],
			x: []
		},
		family: [
			'Murphy', 'Kelly', "O'Sullivan", 'Walsh', "O'Brien", 'Byrne', 'Ryan', "O'Connor", "O'Neill", "O'Reilly",
			'Doyle', 'McCarthy', 'Gallagher', 'Doherty', 'Kennedy', 'Lynch', 'Murray', 'Quinn', 'McLoughlin', 'Carroll',
			'Daly', 'Brennan', 'Burke', 'Fitzgerald', 'Nolan', 'Kavanagh', 'Dunne', 'Hegarty', 'Flanagan', 'Keane'
		]
	},
	maori: {
		label: 'Māori',
		language: 'mi',
		given: {
			f: ['Aroha', 'Mere', 'Hine', 'Anahera', 'Kiri', 'Ngaio', 'Ataahua', 'Kahurangi', 'Hana', 'Ripeka', 'Miriama', 'Huhana'],
			m: ['Wiremu', 'Rawiri', 'Hemi', 'Tama', 'Nikau', 'Rangi', 'Tane', 'Mikaere', 'Hohepa', 'Tamati', 'Pita', 'Matiu', 'Rewi'],
			x: ['Moana', 'Tui', 'Huia', 'Marama', 'Atawhai', 'Manaia']
		},
		family: [
			'Ngata', 'Parata', 'Tamihana', 'Tipene', 'Wihongi', 'Kereama', 'Karaka', 'Herewini', 'Nikora', 'Tautari',
			'Hetaraka', 'Matenga', 'Paewai', 'Rangihuna', 'Te Rangi', 'Tawhai', 'Walker', 'Williams', 'Thompson', 'Edwards'
		]
	},

	// ─── Spanish- and Portuguese-speaking world ────────────────────────────
	spanish: {
		label: 'Spanish (Spain)',
		language: 'es',
		secondFamily: 0.35,
		given: {
			f: [
				'Lucía', 'María', 'Carmen', 'Laura', 'Marta', 'Paula', 'Ana', 'Elena', 'Cristina', 'Nuria',
				'Irene', 'Sara', 'Alba', 'Raquel', 'Pilar', 'Montse', 'Ainhoa', 'Itziar', 'Rocío', 'Beatriz', 'Inés', 'Maite'
			],
			m: [
				'Javier', 'Daniel', 'Alejandro', 'David', 'Sergio', 'Jorge', 'Carlos', 'Álvaro', 'Adrián', 'Iñaki',
				'Jordi', 'Raúl', 'Iván', 'Rubén', 'Óscar', 'Víctor', 'Miguel', 'Andrés', 'Manuel', 'Xabier', 'Pau'
			],
			x: ['Álex', 'Cris', 'Noa']
		},
		family: [
			'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín',
			'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres',
			'Domínguez', 'Gil', 'Serrano', 'Blanco', 'Molina', 'Castro', 'Ortega', 'Rubio', 'Sanz', 'Garrido',
			'Etxeberria', 'Puig', 'Ferrer', 'Soler', 'Vidal', 'Vázquez', 'Prieto', 'Calvo', 'Fuentes'
		]
	},
	'latin-american': {
		label: 'Latin American (Spanish-speaking)',
		language: 'es',
		secondFamily: 0.25,
		given: {
			f: [
				'Valentina', 'Camila', 'Daniela', 'Gabriela', 'Fernanda', 'Mariana', 'Sofía', 'Natalia', 'Andrea',
				'Carolina', 'Paola', 'Ximena', 'Guadalupe', 'Jimena', 'Luz', 'Rosa', 'Yesenia', 'Maribel',
				'Florencia', 'Agustina', 'Milagros', 'Catalina', 'Itzel', 'Yolanda', 'María José'
			],
			m: [
				'José', 'Juan Carlos', 'Luis', 'Diego', 'Santiago', 'Mateo', 'Sebastián', 'Andrés', 'Felipe',
				'Martín', 'Facundo', 'Nicolás', 'Gonzalo', 'Emiliano', 'Rodrigo', 'Alejandro', 'Héctor',
				'Ricardo', 'Julio', 'Tomás', 'Cristian', 'Gustavo', 'Ignacio', 'Germán'
			],
			x: ['Alex', 'Cruz', 'Ariel']
		},
		family: [
			'González', 'Rodríguez', 'Gómez', 'Fernández', 'López', 'Díaz', 'Martínez', 'Pérez', 'García', 'Sánchez',
			'Romero', 'Sosa', 'Torres', 'Álvarez', 'Ruiz', 'Ramírez', 'Flores', 'Benítez', 'Acosta', 'Medina',
			'Herrera', 'Suárez', 'Aguilar', 'Castillo', 'Vargas', 'Rojas', 'Mendoza', 'Ortiz', 'Gutiérrez', 'Navarro',
			'Cabrera', 'Ríos', 'Jiménez', 'Peralta', 'Villalobos', 'Salazar', 'Espinoza', 'Paredes', 'Fuentes', 'Cortés'
		]
	},
	andean: {
		label: 'Andean (Quechua and Aymara heritage)',
		language: 'es',
		secondFamily: 0.3,
		given: {
			f: ['Rosa', 'Juana', 'Marisol', 'Sisa', 'Killa', 'Nayra', 'Yessica', 'Rocío', 'Lidia', 'Elena', 'Janeth', 'Nélida', 'Roxana'],
			m: ['Wilber', 'Edwin', 'Freddy', 'Inti', 'Amaru', 'Wilfredo', 'Néstor', 'Efraín', 'Hilario', 'Rubén', 'Mario', 'Percy', 'Yuri'],
			x: ['Wayra', 'Illari']
		},
		family: [
			'Quispe', 'Mamani', 'Condori', 'Huamán', 'Choque', 'Apaza', 'Ticona', 'Huanca', 'Yupanqui', 'Cusi',
			'Ccama', 'Limachi', 'Poma', 'Tito', 'Cutipa', 'Chambi', 'Flores', 'Vargas', 'Rojas', 'Gutiérrez'
		]
	},
	brazilian: {
		label: 'Brazilian',
		language: 'pt',
		secondFamily: 0.3,
		given: {
			f: [
				'Ana', 'Juliana', 'Fernanda', 'Camila', 'Beatriz', 'Larissa', 'Mariana', 'Gabriela', 'Letícia', 'Luana',
				'Aline', 'Priscila', 'Bruna', 'Carolina', 'Thaís', 'Raquel', 'Patrícia', 'Rafaela', 'Jéssica', 'Tatiane'
			],
			m: [
				'João', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Thiago', 'Felipe', 'Gustavo', 'Bruno', 'Rodrigo',
				'Leonardo', 'Mateus', 'André', 'Paulo', 'Marcelo', 'Vinícius', 'Caio', 'Henrique', 'Diego', 'Renato'
			],
			x: ['Alex', 'Ariel', 'Darci']
		},
		family: [
			'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes',
			'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa',
			'Rocha', 'Dias', 'Nascimento', 'Moreira', 'Araújo', 'Cardoso', 'Teixeira', 'Mendes', 'Cavalcanti', 'Monteiro'
		]
	},
	portuguese: {
		label: 'Portuguese (Portugal)',
		language: 'pt',
		secondFamily: 0.4,
		given: {
			f: ['Inês', 'Joana', 'Mariana', 'Beatriz', 'Catarina', 'Sofia', 'Rita', 'Ana', 'Marta', 'Filipa', 'Teresa', 'Leonor', 'Carolina', 'Sara', 'Margarida'],
			m: ['João', 'Tiago', 'Rui', 'Nuno', 'Diogo', 'Pedro', 'Miguel', 'Ricardo', 'Bruno', 'Duarte', 'Gonçalo', 'Hugo', 'André', 'Francisco', 'Luís'],
			x: []
		},
		family: [
			'Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes',
			'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira',
			'Moreira', 'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro', 'Cardoso'
		]
	},

	// ─── Western and Northern Europe ───────────────────────────────────────
	german: {
		label: 'German (Germany, Austria, Switzerland)',
		language: 'de',
		given: {
			f: [
				'Anna', 'Lena', 'Julia', 'Laura', 'Lea', 'Sarah', 'Katharina', 'Johanna', 'Hannah', 'Miriam', 'Sabine',
				'Ulrike', 'Anke', 'Franziska', 'Jana', 'Nele', 'Svenja', 'Ines', 'Birgit', 'Petra', 'Charlotte'
			],
			m: [
				'Jonas', 'Lukas', 'Felix', 'Tobias', 'Jan', 'Florian', 'Moritz', 'Philipp', 'Sebastian', 'Stefan',
				'Matthias', 'Thomas', 'Jürgen', 'Uwe', 'Niklas', 'Tim', 'Benedikt', 'Malte', 'Christoph', 'Andreas'
			],
			x: ['Kim', 'Alex', 'Robin', 'Sascha', 'Toni']
		},
		family: [
			'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
			'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger',
			'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Köhler', 'Maier', 'Huber', 'Kaiser', 'Fuchs',
			'Vogel', 'Winkler', 'Lorenz', 'Bauer', 'Graf'
		]
	},
	dutch: {
		label: 'Dutch and Flemish',
		language: 'nl',
		given: {
			f: ['Anne', 'Sanne', 'Lotte', 'Eva', 'Femke', 'Lisa', 'Anouk', 'Fleur', 'Iris', 'Marieke', 'Esther', 'Ilse', 'Maartje', 'Roos', 'Saskia', 'Inge', 'Merel', 'Lieve'],
			m: ['Daan', 'Sem', 'Thijs', 'Bram', 'Lars', 'Jeroen', 'Bas', 'Ruben', 'Joost', 'Pieter', 'Wouter', 'Koen', 'Sander', 'Maarten', 'Niels', 'Stijn', 'Dirk', 'Wim'],
			x: ['Floor', 'Noor', 'Robin', 'Kim']
		},
		family: [
			'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
			'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
			'de Wit', 'Dijkstra', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'de Haan', 'Vermeulen',
			'Willems', 'Maes', 'Claes', 'Wouters', 'Peeters', 'Goossens'
		]
	},
	swedish: {
		label: 'Swedish',
		language: 'sv',
		given: {
			f: ['Anna', 'Maja', 'Elin', 'Sara', 'Emma', 'Linnea', 'Ida', 'Frida', 'Karin', 'Ingrid', 'Johanna', 'Malin', 'Sofia', 'Hanna', 'Klara', 'Tove', 'Agnes', 'Saga', 'Matilda'],
			m: ['Erik', 'Lars', 'Johan', 'Anders', 'Karl', 'Oskar', 'Gustav', 'Axel', 'Viktor', 'Per', 'Magnus', 'Henrik', 'Fredrik', 'Mattias', 'Olof', 'Jonas', 'Emil', 'Nils', 'Linus'],
			x: ['Kim', 'Robin', 'Alex', 'Charlie']
		},
		family: [
			'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
			'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindqvist', 'Lindström', 'Berg', 'Bergström',
			'Lundberg', 'Holm', 'Sandberg', 'Ek', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Hedlund',
			'Nyström', 'Åberg', 'Björk', 'Lundgren'
		]
	},
	'dano-norwegian': {
		label: 'Danish and Norwegian',
		language: 'da',
		given: {
			f: ['Ingrid', 'Kari', 'Sigrid', 'Nora', 'Ida', 'Mette', 'Camilla', 'Silje', 'Line', 'Hanne', 'Astrid', 'Marte', 'Freja', 'Signe', 'Trine', 'Kirsten', 'Solveig'],
			m: ['Ole', 'Lars', 'Jens', 'Henrik', 'Anders', 'Magnus', 'Mads', 'Søren', 'Rasmus', 'Kasper', 'Morten', 'Jakob', 'Bjørn', 'Eirik', 'Håkon', 'Sindre', 'Torben', 'Kristian'],
			x: ['Kim', 'Alex', 'Robin']
		},
		family: [
			'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
			'Nielsen', 'Christensen', 'Rasmussen', 'Sørensen', 'Madsen', 'Berg', 'Haugen', 'Hagen', 'Johannessen',
			'Eriksen', 'Dahl', 'Lund', 'Bakke', 'Strand', 'Holm', 'Mikkelsen', 'Thomsen', 'Poulsen', 'Kjær', 'Moen'
		]
	},
	finnish: {
		label: 'Finnish',
		language: 'fi',
		given: {
			f: ['Aino', 'Anni', 'Emilia', 'Eveliina', 'Hanna', 'Heidi', 'Johanna', 'Katja', 'Laura', 'Minna', 'Noora', 'Oona', 'Riikka', 'Sanna', 'Tiina', 'Venla', 'Veera'],
			m: ['Antti', 'Eero', 'Heikki', 'Janne', 'Jari', 'Juha', 'Jukka', 'Lauri', 'Markus', 'Mikko', 'Olli', 'Pekka', 'Tapio', 'Tuomas', 'Ville', 'Aleksi', 'Teemu', 'Joonas'],
			x: ['Kim', 'Alex']
		},
		family: [
			'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen',
			'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen',
			'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen'
		]
	},
	icelandic: {
		label: 'Icelandic (patronymic)',
		language: 'is',
		given: {
			f: ['Guðrún', 'Sigríður', 'Kristín', 'Margrét', 'Helga', 'Anna', 'Sigrún', 'Ragnheiður', 'Hildur', 'Þórdís', 'Eva', 'Birna', 'Elín', 'Sólveig', 'Ásta', 'Steinunn'],
			m: ['Jón', 'Sigurður', 'Guðmundur', 'Gunnar', 'Ólafur', 'Einar', 'Kristján', 'Magnús', 'Stefán', 'Þór', 'Árni', 'Björn', 'Helgi', 'Páll', 'Hörður', 'Ragnar', 'Davíð'],
			x: []
		},
		// Patronymics inflect by gender: Jónsson / Jónsdóttir.
		family: [
			['Jónsson', 'Jónsdóttir'], ['Guðmundsson', 'Guðmundsdóttir'], ['Sigurðsson', 'Sigurðardóttir'],
			['Gunnarsson', 'Gunnarsdóttir'], ['Ólafsson', 'Ólafsdóttir'], ['Einarsson', 'Einarsdóttir'],
			['Kristjánsson', 'Kristjánsdóttir'], ['Magnússon', 'Magnúsdóttir'], ['Stefánsson', 'Stefánsdóttir'],
			['Björnsson', 'Björnsdóttir'], ['Helgason', 'Helgadóttir'], ['Pálsson', 'Pálsdóttir'],
			['Ragnarsson', 'Ragnarsdóttir'], ['Arnarson', 'Arnardóttir'], ['Hauksson', 'Hauksdóttir'],
			['Þórsson', 'Þórsdóttir'], ['Árnason', 'Árnadóttir'], ['Halldórsson', 'Halldórsdóttir'],
			['Karlsson', 'Karlsdóttir'], ['Friðriksson', 'Friðriksdóttir']
		]
	},
	french: {
		label: 'French (France, Belgium, Switzerland)',
		language: 'fr',
		given: {
			f: [
				'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Juliette', 'Clara', 'Sarah', 'Pauline', 'Marion', 'Lucie',
				'Mathilde', 'Claire', 'Élise', 'Margaux', 'Céline', 'Sophie', 'Amélie', 'Noémie', 'Aurélie', 'Isabelle', 'Nathalie'
			],
			m: [
				'Lucas', 'Hugo', 'Théo', 'Louis', 'Antoine', 'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Mathieu', 'Guillaume',
				'Pierre', 'Olivier', 'Sébastien', 'Vincent', 'Romain', 'Benoît', 'Jérôme', 'Étienne', 'Martin', 'Alexandre'
			],
			x: ['Camille', 'Dominique', 'Claude', 'Sacha', 'Charlie']
		},
		family: [
			'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
			'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
			'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
			'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc'
		]
	},
	quebecois: {
		label: 'Québécois',
		language: 'fr',
		given: {
			f: ['Marie-Ève', 'Geneviève', 'Catherine', 'Isabelle', 'Julie', 'Mélanie', 'Valérie', 'Stéphanie', 'Véronique', 'Annie', 'Émilie', 'Audrey', 'Josée', 'Karine', 'Myriam', 'Marie-Claude'],
			m: ['Jean-François', 'Marc-André', 'Mathieu', 'Simon', 'Philippe', 'Éric', 'Patrick', 'Sébastien', 'Alexandre', 'François', 'Louis', 'Samuel', 'Gabriel', 'Olivier', 'Étienne', 'Jean-Philippe'],
			x: ['Dominique', 'Camille', 'Claude']
		},
		family: [
			'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné',
			'Ouellet', 'Pelletier', 'Bélanger', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher',
			'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Lapointe', 'Leclerc', 'Poulin', 'Thibault'
		]
	},

	// ─── Southern and South-eastern Europe, Turkey ─────────────────────────
	italian: {
		label: 'Italian',
		language: 'it',
		given: {
			f: [
				'Giulia', 'Chiara', 'Francesca', 'Sara', 'Martina', 'Valentina', 'Alessia', 'Elisa', 'Federica', 'Silvia',
				'Elena', 'Laura', 'Ilaria', 'Beatrice', 'Serena', 'Marta', 'Paola', 'Roberta', 'Anna', 'Caterina'
			],
			m: [
				'Marco', 'Luca', 'Andrea', 'Matteo', 'Alessandro', 'Davide', 'Simone', 'Federico', 'Lorenzo', 'Riccardo',
				'Giuseppe', 'Francesco', 'Stefano', 'Giovanni', 'Fabio', 'Emanuele', 'Tommaso', 'Gabriele', 'Nicola', 'Daniele'
			],
			x: []
		},
		family: [
			'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
			'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri',
			'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Leone', 'Longo', 'Gentile',
			'Martinelli', 'Vitale', 'Serra', 'Coppola', 'De Santis', 'Fabbri', 'Marchetti', 'Villa'
		]
	},
	greek: {
		label: 'Greek',
		language: 'el',
		given: {
			f: ['Maria', 'Eleni', 'Katerina', 'Dimitra', 'Sofia', 'Georgia', 'Ioanna', 'Vasiliki', 'Christina', 'Despina', 'Eirini', 'Konstantina', 'Athina', 'Nikoleta', 'Zoe', 'Fotini', 'Evangelia'],
			m: ['Giorgos', 'Dimitris', 'Nikos', 'Kostas', 'Giannis', 'Christos', 'Panagiotis', 'Vasilis', 'Thanasis', 'Stelios', 'Michalis', 'Manolis', 'Spyros', 'Petros', 'Stavros', 'Antonis', 'Lefteris'],
			x: []
		},
		// Greek surnames take a feminine form (-os → -ou, -is → -i); genitive ones (-ou) do not change.
		family: [
			['Papadopoulos', 'Papadopoulou'], ['Papadakis', 'Papadaki'], 'Georgiou', ['Nikolaidis', 'Nikolaidou'],
			'Oikonomou', ['Karagiannis', 'Karagianni'], ['Vlachos', 'Vlachou'], 'Dimitriou', ['Konstantinidis', 'Konstantinidou'],
			'Papageorgiou', ['Makris', 'Makri'], 'Athanasiou', 'Christodoulou', 'Ioannou', ['Pappas', 'Pappa'],
			'Alexiou', 'Antoniou', 'Theodorou', 'Stavrou', ['Michailidis', 'Michailidou'], 'Kyriakou',
			['Giannopoulos', 'Giannopoulou'], ['Tsakiris', 'Tsakiri'], ['Karalis', 'Karali'], 'Lamprou',
			['Mavridis', 'Mavridou'], ['Galanis', 'Galani'], ['Sotiropoulos', 'Sotiropoulou']
		]
	},
	turkish: {
		label: 'Turkish',
		language: 'tr',
		given: {
			f: ['Elif', 'Zeynep', 'Ayşe', 'Fatma', 'Merve', 'Büşra', 'Esra', 'Selin', 'Defne', 'Ecem', 'Gizem', 'Özlem', 'Pınar', 'Gül', 'Sevgi', 'Melike', 'Nazlı', 'Ebru', 'Yağmur'],
			m: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Burak', 'Can', 'Murat', 'Kerem', 'Onur', 'Serkan', 'Okan', 'Barış', 'Volkan', 'Tolga', 'Cem', 'Oğuz', 'Hakan', 'Mert', 'Ozan'],
			x: ['Deniz', 'Umut', 'Evren', 'Derya']
		},
		family: [
			'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir',
			'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek',
			'Polat', 'Erdem', 'Güneş', 'Aksoy', 'Ateş', 'Korkmaz', 'Tekin', 'Uçar', 'Bulut'
		]
	},
	kurdish: {
		label: 'Kurdish',
		language: 'ku',
		given: {
			f: ['Rojda', 'Berfin', 'Zozan', 'Hêvî', 'Rojin', 'Şilan', 'Avesta', 'Delal', 'Nazdar', 'Helin', 'Bêrîvan', 'Gulistan'],
			m: ['Serhat', 'Rojhat', 'Azad', 'Kawa', 'Şervan', 'Diyar', 'Welat', 'Dilşad', 'Hozan', 'Baver', 'Rêzan'],
			x: ['Baran', 'Jiyan', 'Newroz', 'Dilan']
		},
		family: [
			'Ekinci', 'Ertaş', 'Baran', 'Akın', 'Aktaş', 'Tunç', 'Yıldız', 'Kaya', 'Aydın', 'Demir',
			'Kılınç', 'Aksu', 'Tekin', 'Doğan', 'Oral', 'Ateş', 'Bulut', 'Kaplan', 'Güler', 'Zengin'
		]
	},
	croatian: {
		label: 'Croatian',
		language: 'hr',
		given: {
			f: ['Ana', 'Ivana', 'Marija', 'Petra', 'Katarina', 'Lana', 'Nina', 'Iva', 'Tea', 'Lucija', 'Martina', 'Sanja', 'Mirna', 'Dora'],
			m: ['Ivan', 'Marko', 'Luka', 'Josip', 'Ante', 'Tomislav', 'Dario', 'Goran', 'Filip', 'Matej', 'Hrvoje', 'Krešimir', 'Mario', 'Domagoj'],
			x: ['Saša']
		},
		family: [
			'Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković', 'Kovač', 'Matić',
			'Tomić', 'Božić', 'Perić', 'Radić', 'Filipović', 'Šarić', 'Pavić', 'Grgić', 'Blažević', 'Lovrić'
		]
	},
	serbian: {
		label: 'Serbian',
		language: 'sr',
		given: {
			f: ['Jelena', 'Milica', 'Tijana', 'Jovana', 'Marija', 'Ana', 'Mirjana', 'Dragana', 'Sanja', 'Ivana', 'Teodora', 'Katarina', 'Nevena', 'Sofija'],
			m: ['Nikola', 'Stefan', 'Marko', 'Petar', 'Dejan', 'Nenad', 'Zoran', 'Miloš', 'Vladimir', 'Dušan', 'Bojan', 'Aleksandar', 'Uroš', 'Lazar'],
			x: ['Saša']
		},
		family: [
			'Petrović', 'Jovanović', 'Nikolić', 'Đorđević', 'Ilić', 'Pavlović', 'Marković', 'Popović', 'Stojanović', 'Todorović',
			'Lukić', 'Savić', 'Mitrović', 'Kostić', 'Stanković', 'Živković', 'Ristić', 'Obradović', 'Janković', 'Milenković'
		]
	},
	romanian: {
		label: 'Romanian',
		language: 'ro',
		given: {
			f: ['Andreea', 'Ioana', 'Maria', 'Elena', 'Alexandra', 'Cristina', 'Roxana', 'Mihaela', 'Diana', 'Raluca', 'Bianca', 'Irina', 'Oana', 'Simona', 'Alina'],
			m: ['Andrei', 'Alexandru', 'Mihai', 'Ionuț', 'Cristian', 'Bogdan', 'Florin', 'Radu', 'Vlad', 'Gabriel', 'Adrian', 'Răzvan', 'Sorin', 'Cătălin', 'Ștefan', 'Dragoș', 'Tudor'],
			x: []
		},
		family: [
			'Popescu', 'Ionescu', 'Popa', 'Radu', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu',
			'Rusu', 'Munteanu', 'Constantin', 'Marin', 'Lazăr', 'Dinu', 'Florea', 'Ilie', 'Moldovan', 'Barbu',
			'Nistor', 'Toma', 'Dobre', 'Cristea', 'Enache', 'Oprea'
		]
	},

	// ─── Central and Eastern Europe ────────────────────────────────────────
	polish: {
		label: 'Polish',
		language: 'pl',
		given: {
			f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Marta', 'Aleksandra', 'Zofia', 'Natalia', 'Monika', 'Karolina', 'Ewa', 'Justyna', 'Weronika', 'Dorota', 'Paulina'],
			m: ['Piotr', 'Tomasz', 'Paweł', 'Michał', 'Krzysztof', 'Marcin', 'Jakub', 'Łukasz', 'Kamil', 'Mateusz', 'Wojciech', 'Bartosz', 'Grzegorz', 'Adam', 'Rafał', 'Szymon'],
			x: []
		},
		// Adjectival surnames have feminine forms (Kowalski / Kowalska); nouns (Nowak) do not.
		family: [
			'Nowak', ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], 'Wójcik', 'Kowalczyk', ['Kamiński', 'Kamińska'],
			['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], 'Woźniak', ['Dąbrowski', 'Dąbrowska'],
			['Kozłowski', 'Kozłowska'], ['Jankowski', 'Jankowska'], 'Mazur', ['Kwiatkowski', 'Kwiatkowska'], 'Krawczyk',
			['Piotrowski', 'Piotrowska'], ['Grabowski', 'Grabowska'], ['Pawłowski', 'Pawłowska'], ['Michalski', 'Michalska'],
			'Wróbel', 'Zając', 'Król', 'Wieczorek', ['Jabłoński', 'Jabłońska'], ['Majewski', 'Majewska'],
			['Olszewski', 'Olszewska'], 'Stępień', 'Dudek'
		]
	},
	czech: {
		label: 'Czech',
		language: 'cs',
		given: {
			f: ['Tereza', 'Eliška', 'Kateřina', 'Lucie', 'Veronika', 'Petra', 'Markéta', 'Jana', 'Hana', 'Klára', 'Barbora', 'Zuzana', 'Lenka', 'Adéla'],
			m: ['Jan', 'Tomáš', 'Jakub', 'Martin', 'Lukáš', 'Ondřej', 'Pavel', 'Jiří', 'Vojtěch', 'Michal', 'Filip', 'David', 'Marek', 'Vít'],
			x: []
		},
		family: [
			['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Novotný', 'Novotná'], ['Dvořák', 'Dvořáková'],
			['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'],
			['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Pokorný', 'Pokorná'], ['Marek', 'Marková'],
			['Pospíšil', 'Pospíšilová'], ['Hájek', 'Hájková'], ['Král', 'Králová'], ['Jelínek', 'Jelínková'],
			['Růžička', 'Růžičková'], ['Beneš', 'Benešová'], ['Sedláček', 'Sedláčková'], ['Doležal', 'Doležalová'],
			['Kolář', 'Kolářová'], ['Čermák', 'Čermáková'], ['Urban', 'Urbanová'], ['Vaněk', 'Vaňková'], ['Kříž', 'Křížová']
		]
	},
	ukrainian: {
		label: 'Ukrainian',
		language: 'uk',
		given: {
			f: ['Olena', 'Oksana', 'Iryna', 'Kateryna', 'Tetiana', 'Nataliia', 'Yuliia', 'Anastasiia', 'Daria', 'Sofiia', 'Khrystyna', 'Viktoriia', 'Olha', 'Halyna', 'Svitlana'],
			m: ['Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Mykola', 'Taras', 'Yurii', 'Bohdan', 'Vasyl', 'Ihor', 'Maksym', 'Artem', 'Oleh', 'Roman', 'Pavlo'],
			x: ['Sasha']
		},
		family: [
			'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Boiko', 'Kovalchuk', 'Oliinyk', 'Shevchuk',
			'Polishchuk', 'Lysenko', 'Marchenko', 'Melnyk', 'Savchenko', 'Rudenko', 'Moroz', 'Pavlenko', 'Petrenko',
			'Klymenko', 'Ponomarenko', 'Kuzmenko', 'Honcharenko', 'Tkachuk', 'Vovk', ['Levytskyi', 'Levytska'], ['Zhuravskyi', 'Zhuravska']
		]
	},
	hungarian: {
		label: 'Hungarian',
		language: 'hu',
		familyFirst: 0.1,
		given: {
			f: ['Eszter', 'Anna', 'Réka', 'Zsófia', 'Katalin', 'Júlia', 'Dóra', 'Petra', 'Boglárka', 'Nóra', 'Krisztina', 'Judit', 'Ágnes', 'Orsolya', 'Fanni', 'Lilla'],
			m: ['Bence', 'Máté', 'Dávid', 'Gergely', 'Balázs', 'Péter', 'Tamás', 'Zoltán', 'Ádám', 'Levente', 'László', 'Gábor', 'Attila', 'András', 'Csaba', 'Márton'],
			x: []
		},
		family: [
			'Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas',
			'Balogh', 'Papp', 'Takács', 'Juhász', 'Lakatos', 'Mészáros', 'Oláh', 'Simon', 'Rácz', 'Fekete',
			'Szilágyi', 'Török', 'Fehér', 'Gál', 'Szűcs', 'Kocsis', 'Pintér'
		]
	},

	// ─── Middle East and North Africa ──────────────────────────────────────
	arabic: {
		label: 'Arabic (Egypt, Levant, Palestine)',
		language: 'ar',
		given: {
			f: [
				'Layla', 'Rania', 'Yasmin', 'Salma', 'Hala', 'Mariam', 'Dina', 'Reem', 'Lina', 'Sara', 'Amira', 'Fatima',
				'Aya', 'Huda', 'Samira', 'Nadia', 'Rasha', 'Maha', 'Ghada', 'Dalia', 'Zeina', 'Heba', 'Farah', 'Rana',
				'Jumana', 'Razan'
			],
			m: [
				'Ahmed', 'Mohamed', 'Omar', 'Khaled', 'Youssef', 'Karim', 'Tarek', 'Hassan', 'Ali', 'Mahmoud', 'Sami',
				'Wassim', 'Fadi', 'Bassel', 'Ziad', 'Walid', 'Amr', 'Mostafa', 'Hussein', 'Majd', 'Nabil', 'Ibrahim',
				'Mazen', 'Tamer', 'Hani', 'Sherif', 'Yazan', 'Issa'
			],
			x: ['Nour', 'Salam', 'Ihsan']
		},
		family: [
			'Haddad', 'Khoury', 'Saleh', 'Nasser', 'Hamdan', 'Mansour', 'Khalil', 'Awad', 'Aziz', 'Ibrahim', 'Youssef',
			'Abdallah', 'Hassan', 'Farouk', 'Shalaby', 'El-Sayed', 'Mahmoud', 'Barakat', 'Qassem', 'Odeh', 'Jaber',
			'Najjar', 'Salameh', 'Hijazi', 'Sabbagh', 'Masri', 'Attar', 'Hamad', 'Fakhoury', 'Rizk', 'Ghanem',
			'Nassar', 'Zaher', 'Bishara', 'Khatib', 'Halabi', 'Karam'
		],
		arabicScript: {
			Layla: 'ليلى', Rania: 'رانيا', Yasmin: 'ياسمين', Salma: 'سلمى', Hala: 'هالة', Mariam: 'مريم', Dina: 'دينا',
			Reem: 'ريم', Lina: 'لينا', Sara: 'سارة', Amira: 'أميرة', Fatima: 'فاطمة', Aya: 'آية', Huda: 'هدى',
			Samira: 'سميرة', Nadia: 'نادية', Rasha: 'رشا', Maha: 'مها', Ghada: 'غادة', Dalia: 'داليا', Zeina: 'زينة',
			Heba: 'هبة', Farah: 'فرح', Rana: 'رنا', Jumana: 'جمانة', Razan: 'رزان',
			Ahmed: 'أحمد', Mohamed: 'محمد', Omar: 'عمر', Khaled: 'خالد', Youssef: 'يوسف', Karim: 'كريم', Tarek: 'طارق',
			Hassan: 'حسن', Ali: 'علي', Mahmoud: 'محمود', Sami: 'سامي', Wassim: 'وسيم', Fadi: 'فادي', Bassel: 'باسل',
			Ziad: 'زياد', Walid: 'وليد', Amr: 'عمرو', Mostafa: 'مصطفى', Hussein: 'حسين', Majd: 'مجد', Nabil: 'نبيل',
			Ibrahim: 'إبراهيم', Mazen: 'مازن', Tamer: 'تامر', Hani: 'هاني', Sherif: 'شريف', Yazan: 'يزن', Issa: 'عيسى',
			Nour: 'نور', Salam: 'سلام', Ihsan: 'إحسان',
			Haddad: 'حداد', Khoury: 'خوري', Saleh: 'صالح', Nasser: 'ناصر', Hamdan: 'حمدان', Mansour: 'منصور',
			Khalil: 'خليل', Awad: 'عوض', Aziz: 'عزيز', Abdallah: 'عبد الله', Farouk: 'فاروق', Shalaby: 'شلبي',
			'El-Sayed': 'السيد', Barakat: 'بركات', Qassem: 'قاسم', Odeh: 'عودة', Jaber: 'جابر', Najjar: 'نجار',
			Salameh: 'سلامة', Hijazi: 'حجازي', Sabbagh: 'صباغ', Masri: 'المصري', Attar: 'العطار', Hamad: 'حمد',
			Fakhoury: 'فاخوري', Rizk: 'رزق', Ghanem: 'غانم', Nassar: 'نصار', Zaher: 'زاهر', Bishara: 'بشارة',
			Khatib: 'الخطيب', Halabi: 'الحلبي', Karam: 'كرم'
		}
	},
	maghrebi: {
		label: 'Maghrebi (Tunisia, Morocco; French-style transliteration)',
		language: 'ar',
		given: {
			f: [
				'Amel', 'Sana', 'Imen', 'Rim', 'Meriem', 'Salma', 'Khadija', 'Nadia', 'Asma', 'Houda', 'Leila', 'Samira',
				'Soukaina', 'Hajar', 'Yasmine', 'Ines', 'Oumaima', 'Wafa', 'Sarra', 'Ghizlane', 'Chaima', 'Rania'
			],
			m: [
				'Mohamed', 'Ahmed', 'Youssef', 'Yassine', 'Amine', 'Karim', 'Mehdi', 'Hamza', 'Anis', 'Aymen', 'Bilel',
				'Sami', 'Khalil', 'Hichem', 'Omar', 'Rachid', 'Walid', 'Zakaria', 'Oussama', 'Mourad', 'Slim', 'Hatem', 'Ayoub'
			],
			x: ['Nour', 'Ihsane']
		},
		family: [
			'Gharbi', 'Mejri', 'Dridi', 'Chaabane', 'Khelifi', 'Mansouri', 'Jlassi', 'Sassi', 'Zouari', 'Hamdi',
			'El Amrani', 'Alaoui', 'Idrissi', 'Bennani', 'Tazi', 'Berrada', 'El Fassi', 'Bouzid', 'Saidi', 'Naciri',
			'Lahlou', 'Ziani', 'Kettani', 'Ben Amor', 'Bouslama', 'Chatti', 'Riahi', 'Ferchichi', 'Baccouche',
			'Tlili', 'Cherif', 'Ouazzani'
		],
		arabicScript: {
			Amel: 'أمل', Sana: 'سناء', Imen: 'إيمان', Rim: 'ريم', Meriem: 'مريم', Salma: 'سلمى', Khadija: 'خديجة',
			Nadia: 'نادية', Asma: 'أسماء', Houda: 'هدى', Leila: 'ليلى', Samira: 'سميرة', Soukaina: 'سكينة',
			Hajar: 'هاجر', Yasmine: 'ياسمين', Ines: 'إيناس', Oumaima: 'أميمة', Wafa: 'وفاء', Sarra: 'سارة',
			Ghizlane: 'غزلان', Chaima: 'شيماء', Rania: 'رانيا',
			Mohamed: 'محمد', Ahmed: 'أحمد', Youssef: 'يوسف', Yassine: 'ياسين', Amine: 'أمين', Karim: 'كريم',
			Mehdi: 'مهدي', Hamza: 'حمزة', Anis: 'أنيس', Aymen: 'أيمن', Bilel: 'بلال', Sami: 'سامي', Khalil: 'خليل',
			Hichem: 'هشام', Omar: 'عمر', Rachid: 'رشيد', Walid: 'وليد', Zakaria: 'زكرياء', Oussama: 'أسامة',
			Mourad: 'مراد', Slim: 'سليم', Hatem: 'حاتم', Ayoub: 'أيوب',
			Nour: 'نور', Ihsane: 'إحسان',
			Gharbi: 'الغربي', Mejri: 'المجري', Dridi: 'الدريدي', Chaabane: 'شعبان', Khelifi: 'الخليفي',
			Mansouri: 'المنصوري', Jlassi: 'الجلاصي', Sassi: 'ساسي', Zouari: 'الزواري', Hamdi: 'حمدي',
			'El Amrani': 'العمراني', Alaoui: 'العلوي', Idrissi: 'الإدريسي', Bennani: 'بناني', Tazi: 'التازي',
			Berrada: 'برادة', 'El Fassi': 'الفاسي', Bouzid: 'بوزيد', Saidi: 'السعيدي', Naciri: 'الناصري',
			Lahlou: 'لحلو', Ziani: 'الزياني', Kettani: 'الكتاني', 'Ben Amor': 'بن عمر', Bouslama: 'بوسلامة',
			Chatti: 'الشطي', Riahi: 'الرياحي', Ferchichi: 'الفرشيشي', Baccouche: 'بكوش', Tlili: 'التليلي',
			Cherif: 'الشريف', Ouazzani: 'الوزاني'
		}
	},
	persian: {
		label: 'Persian (Iran)',
		language: 'fa',
		given: {
			f: ['Maryam', 'Sara', 'Neda', 'Shirin', 'Parisa', 'Leila', 'Nasrin', 'Niloufar', 'Roya', 'Azadeh', 'Fatemeh', 'Zahra', 'Setareh', 'Shadi', 'Yasaman', 'Golnaz', 'Mina', 'Ladan', 'Bahar', 'Tara'],
			m: ['Ali', 'Reza', 'Mohammad', 'Hossein', 'Amir', 'Mehdi', 'Hamid', 'Babak', 'Kaveh', 'Arash', 'Saeed', 'Farhad', 'Dariush', 'Behnam', 'Pouya', 'Navid', 'Omid', 'Kian', 'Siavash', 'Payam'],
			x: []
		},
		family: [
			'Mohammadi', 'Hosseini', 'Ahmadi', 'Rezaei', 'Moradi', 'Karimi', 'Hashemi', 'Jafari', 'Rahimi', 'Sadeghi',
			'Kazemi', 'Ebrahimi', 'Heidari', 'Ghasemi', 'Rostami', 'Najafi', 'Shirazi', 'Tehrani', 'Farahani', 'Bagheri',
			'Soltani', 'Golestani', 'Akbari', 'Nazari', 'Abbasi', 'Javadi', 'Kamali', 'Rahmani', 'Ansari'
		]
	},
	hebrew: {
		label: 'Israeli (Hebrew)',
		language: 'he',
		given: {
			f: ['Noa', 'Tamar', 'Maya', 'Shira', 'Yael', 'Michal', 'Noga', 'Hila', 'Dana', 'Inbal', 'Avital', 'Keren', 'Orly', 'Liat', 'Efrat'],
			m: ['Yonatan', 'Itai', 'Omer', 'Eitan', 'Guy', 'Oren', 'Nadav', 'Yoav', 'Ariel', 'Ido', 'Uri', 'Avi', 'Erez', 'Asaf', 'Tomer', 'Gilad', 'Yaniv'],
			x: ['Adi', 'Roni', 'Tal', 'Amit', 'Rotem', 'Shai', 'Yuval', 'Lior', 'Gal', 'Sahar']
		},
		family: [
			'Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Dahan', 'Avraham', 'Friedman', 'Azoulay', 'Katz',
			'Malka', 'Ben-David', 'Shapiro', 'Goldberg', 'Amar', 'Ohayon', 'Rosen', 'Ben-Ami', 'Golan', 'Shalev',
			'Segal', 'Weiss', 'Harel', 'Tzur', 'Navon', 'Carmeli', 'Avni', 'Peleg', 'Sharabi'
		]
	},

	// ─── South Asia ────────────────────────────────────────────────────────
	hindi: {
		label: 'North and West Indian',
		language: 'hi',
		given: {
			f: ['Priya', 'Ananya', 'Kavya', 'Neha', 'Pooja', 'Shreya', 'Anjali', 'Divya', 'Meera', 'Sunita', 'Aarti', 'Nisha', 'Radhika', 'Shweta', 'Swati', 'Aditi', 'Ishita', 'Sneha', 'Rekha', 'Payal', 'Tanvi'],
			m: ['Rahul', 'Amit', 'Arjun', 'Rohan', 'Vikram', 'Aditya', 'Sanjay', 'Rajesh', 'Anil', 'Siddharth', 'Karan', 'Nikhil', 'Varun', 'Manish', 'Deepak', 'Sandeep', 'Vivek', 'Abhishek', 'Kunal', 'Aakash', 'Ravi'],
			x: ['Kiran', 'Gurpreet', 'Harpreet', 'Jaspreet']
		},
		family: [
			'Sharma', 'Verma', 'Gupta', 'Singh', 'Kumar', 'Patel', 'Shah', 'Mehta', 'Joshi', 'Agarwal',
			'Malhotra', 'Kapoor', 'Chopra', 'Mishra', 'Pandey', 'Yadav', 'Jain', 'Saxena', 'Srivastava', 'Tiwari',
			'Chauhan', 'Desai', 'Kulkarni', 'Deshpande', 'Patil', 'Bhatt', 'Trivedi', 'Sinha', 'Arora', 'Gill', 'Sandhu'
		]
	},
	bengali: {
		label: 'Bengali (West Bengal)',
		language: 'bn',
		given: {
			f: ['Moumita', 'Tania', 'Rupa', 'Sharmistha', 'Paromita', 'Debjani', 'Mitali', 'Poulomi', 'Rituparna', 'Sreeja', 'Ananya', 'Shreya', 'Sohini', 'Arpita', 'Madhurima'],
			m: ['Arindam', 'Subhajit', 'Debashis', 'Anirban', 'Abhijit', 'Sayan', 'Partha', 'Tanmoy', 'Souvik', 'Rajarshi', 'Indranil', 'Arnab', 'Sudipto', 'Pritam', 'Kaushik'],
			x: []
		},
		family: [
			'Banerjee', 'Chatterjee', 'Mukherjee', 'Bhattacharya', 'Chakraborty', 'Das', 'Dutta', 'Ghosh', 'Bose', 'Sengupta',
			'Basu', 'Mitra', 'Saha', 'Majumdar', 'Sarkar', 'Haldar', 'Pal', 'Dey', 'Biswas', 'Guha', 'Nandi'
		]
	},
	bangladeshi: {
		label: 'Bangladeshi',
		language: 'bn',
		given: {
			f: ['Nusrat', 'Farzana', 'Tahmina', 'Sadia', 'Rumana', 'Sumaiya', 'Ishrat', 'Nazia', 'Tasnim', 'Mahfuza', 'Sharmin', 'Jannat', 'Afsana', 'Laboni', 'Tania'],
			m: ['Rahim', 'Tanvir', 'Rafiq', 'Shafiq', 'Habib', 'Arif', 'Mahmud', 'Faisal', 'Sajid', 'Kamal', 'Rakib', 'Shakil', 'Nayeem', 'Mehedi', 'Sohel', 'Asif', 'Zahid', 'Rezaul'],
			x: []
		},
		family: [
			'Rahman', 'Hossain', 'Islam', 'Ahmed', 'Khan', 'Chowdhury', ['Miah', 'Akter'], 'Uddin', 'Alam', 'Haque',
			'Karim', 'Sarker', 'Bhuiyan', 'Talukder', 'Sikder', 'Mollah', 'Siddique', 'Kabir', 'Hasan', 'Majumder'
		]
	},
	tamil: {
		label: 'Tamil (India, Sri Lanka, Malaysia)',
		language: 'ta',
		given: {
			f: ['Lakshmi', 'Priya', 'Divya', 'Kavitha', 'Meena', 'Revathi', 'Anitha', 'Deepa', 'Gayathri', 'Nandhini', 'Sangeetha', 'Vani', 'Malar', 'Thenmozhi', 'Yamini', 'Abirami', 'Keerthana', 'Janani'],
			m: ['Karthik', 'Suresh', 'Senthil', 'Murugan', 'Vignesh', 'Arun', 'Bala', 'Ganesh', 'Prakash', 'Rajan', 'Saravanan', 'Tamilselvan', 'Dinesh', 'Kumaran', 'Anand', 'Sathish', 'Selvam', 'Ilango'],
			x: []
		},
		family: [
			'Raman', 'Krishnan', 'Subramanian', 'Natarajan', 'Venkatesan', 'Rajendran', 'Ramasamy', 'Sundaram', 'Murugesan',
			'Srinivasan', 'Balasubramanian', 'Chandrasekaran', 'Annamalai', 'Arumugam', 'Pillai', 'Iyer', 'Sivakumar',
			'Kandasamy', 'Palaniappan', 'Selvaraj', 'Jeyaraj', 'Thangaraj', 'Anbalagan', 'Elangovan'
		]
	},
	urdu: {
		label: 'Pakistani (Urdu-speaking)',
		language: 'ur',
		given: {
			f: ['Ayesha', 'Fatima', 'Sana', 'Hira', 'Zainab', 'Maryam', 'Amna', 'Mahnoor', 'Sadia', 'Rabia', 'Nida', 'Iqra', 'Saima', 'Aliya', 'Bushra', 'Mehwish', 'Sidra'],
			m: ['Ali', 'Ahmed', 'Usman', 'Bilal', 'Hamza', 'Faisal', 'Asad', 'Omer', 'Zain', 'Saad', 'Haris', 'Fahad', 'Taimur', 'Kashif', 'Adnan', 'Junaid', 'Waqas', 'Salman', 'Danish'],
			x: ['Noor', 'Kiran']
		},
		family: [
			'Khan', 'Ahmed', 'Malik', 'Butt', 'Qureshi', 'Sheikh', 'Siddiqui', 'Chaudhry', 'Raza', 'Hussain',
			'Shah', 'Mirza', 'Abbasi', 'Baig', 'Iqbal', 'Rana', 'Javed', 'Aslam', 'Zaidi', 'Rizvi', 'Hashmi'
		]
	},
	sinhala: {
		label: 'Sinhala (Sri Lanka)',
		language: 'si',
		given: {
			f: ['Nimali', 'Dilani', 'Chamari', 'Sanduni', 'Ishara', 'Kaushalya', 'Tharushi', 'Nadeesha', 'Hiruni', 'Sachini', 'Dilhani', 'Anusha', 'Madhavi', 'Shanika'],
			m: ['Kasun', 'Nuwan', 'Chaminda', 'Ruwan', 'Sampath', 'Tharindu', 'Lahiru', 'Asela', 'Buddhika', 'Chathura', 'Pradeep', 'Sanjeewa', 'Isuru', 'Mahesh'],
			x: []
		},
		family: [
			'Perera', 'Fernando', 'de Silva', 'Jayasinghe', 'Wijesinghe', 'Bandara', 'Herath', 'Kumara', 'Dissanayake',
			'Gunawardena', 'Rathnayake', 'Karunaratne', 'Weerasinghe', 'Abeysekera', 'Samarasinghe', 'Ekanayake',
			'Liyanage', 'Amarasinghe', 'Gamage', 'Pathirana'
		]
	},
	nepali: {
		label: 'Nepali',
		language: 'ne',
		given: {
			f: ['Sita', 'Gita', 'Sabina', 'Anjana', 'Sunita', 'Puja', 'Rojina', 'Sarita', 'Binita', 'Asmita', 'Srijana', 'Kabita', 'Nirmala', 'Samjhana', 'Pratikshya'],
			m: ['Bikash', 'Suman', 'Rajan', 'Prakash', 'Sagar', 'Anil', 'Dipesh', 'Santosh', 'Ramesh', 'Bishal', 'Rabin', 'Niraj', 'Sujan', 'Roshan', 'Manoj'],
			x: ['Kiran']
		},
		family: [
			'Shrestha', 'Sharma', 'Adhikari', 'Thapa', 'Gurung', 'Tamang', 'Rai', 'Magar', 'Karki', 'Poudel',
			'Pandey', 'Maharjan', 'Joshi', 'Khadka', 'Basnet', 'Lama', 'Ghimire', 'Subedi', 'Acharya', 'Regmi', 'Pokharel'
		]
	},

	// ─── East and South-east Asia ──────────────────────────────────────────
	chinese: {
		label: 'Chinese (Mandarin, pinyin)',
		language: 'zh',
		familyFirst: 0.35,
		given: {
			f: ['Mei', 'Jing', 'Yan', 'Hui', 'Ying', 'Xiaomei', 'Yuxin', 'Siqi', 'Jiayi', 'Wenjing', 'Ruoxi', 'Yuting', 'Xueying', 'Lijuan', 'Qian', 'Shan'],
			m: ['Wei', 'Jian', 'Hao', 'Lei', 'Tao', 'Jun', 'Peng', 'Bo', 'Zhiwei', 'Haoran', 'Yifan', 'Zihao', 'Jianguo', 'Ming', 'Qiang'],
			x: ['Yu', 'Xin', 'Lin', 'Ping', 'Jie']
		},
		family: [
			'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao',
			'Lin', 'He', 'Guo', 'Ma', 'Luo', 'Liang', 'Song', 'Zheng', 'Xie', 'Tang', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng'
		]
	},
	'chinese-southern': {
		label: 'Chinese (Hokkien, Cantonese and Hakka romanisation; Malaysia, diaspora)',
		language: 'zh',
		familyFirst: 0.5,
		given: {
			f: ['Mei Ling', 'Hui Min', 'Xin Yi', 'Jia Hui', 'Wei Ling', 'Shu Fen', 'Li Ting', 'Pei Shan', 'Siew Lan', 'Hui Ying', 'Yee Mun', 'Kah Yan'],
			m: ['Wei Jie', 'Jun Jie', 'Kok Wai', 'Chee Keong', 'Zhi Hao', 'Jia Wei', 'Kian Seng', 'Boon Huat', 'Wai Kit', 'Chun Wah', 'Yong Sheng'],
			x: ['Wai Yee', 'Kar Mun']
		},
		family: [
			'Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Chan', 'Goh', 'Ong', 'Teo', 'Koh', 'Chua', 'Chong', 'Yeo', 'Low',
			'Foo', 'Lau', 'Ho', 'Cheng', 'Leong', 'Tay', 'Sim', 'Toh', 'Lai', 'Choo', 'Khoo'
		]
	},
	taiwanese: {
		label: 'Taiwanese (Wade–Giles style romanisation)',
		language: 'zh',
		familyFirst: 0.3,
		given: {
			f: ['Yi-ting', 'Yu-ting', 'Shu-fen', 'Hsin-yi', 'Chia-hui', 'Ya-ting', 'Pei-shan', 'Hui-chun', 'Mei-ling', 'Wan-ju', 'Szu-yu', 'Ching-wen'],
			m: ['Chih-wei', 'Chia-hao', 'Po-han', 'Wei-lun', 'Chun-hung', 'Cheng-en', 'Tsung-han', 'Yu-hsiang', 'Chien-hung', 'Kuan-ting', 'Ming-hsuan'],
			x: ['Yi-chen', 'Yu-chen', 'Pin-yu']
		},
		family: [
			'Chen', 'Lin', 'Huang', 'Chang', 'Lee', 'Wang', 'Wu', 'Liu', 'Yang', 'Hsu', 'Cheng', 'Hsieh', 'Kuo',
			'Hung', 'Chiu', 'Tseng', 'Liao', 'Chou', 'Yeh', 'Su', 'Chuang', 'Lu', 'Kao'
		]
	},
	japanese: {
		label: 'Japanese',
		language: 'ja',
		familyFirst: 0.15,
		given: {
			f: ['Aiko', 'Haruka', 'Misaki', 'Yui', 'Ayaka', 'Nanami', 'Sakura', 'Mai', 'Emi', 'Keiko', 'Naoko', 'Tomoko', 'Megumi', 'Rina', 'Asuka', 'Kana', 'Natsumi'],
			m: ['Hiroshi', 'Takeshi', 'Kenji', 'Daisuke', 'Shota', 'Yuta', 'Kenta', 'Ryo', 'Takumi', 'Sota', 'Naoki', 'Kazuki', 'Satoshi', 'Tatsuya', 'Koji', 'Shun'],
			x: ['Yuki', 'Hikaru', 'Makoto', 'Akira', 'Chihiro', 'Kaoru']
		},
		family: [
			'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato',
			'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamazaki',
			'Mori', 'Ikeda', 'Hashimoto', 'Ishikawa', 'Ogawa', 'Fujita', 'Okada', 'Goto', 'Hasegawa'
		]
	},
	korean: {
		label: 'Korean',
		language: 'ko',
		familyFirst: 0.3,
		given: {
			f: ['Seo-yeon', 'Min-ji', 'Ji-eun', 'Soo-jin', 'Hye-jin', 'Eun-ji', 'Da-eun', 'Ha-eun', 'Ye-jin', 'Hyun-joo', 'Mi-young', 'So-yeon', 'Eun-bi'],
			m: ['Min-jun', 'Seo-jun', 'Ji-ho', 'Hyun-woo', 'Jun-seo', 'Dong-hyun', 'Sung-min', 'Jae-won', 'Tae-yang', 'Woo-jin', 'Sang-hoon', 'Young-ho', 'Jin-woo', 'Kyung-soo'],
			x: ['Ji-woo', 'Su-bin', 'Ha-neul', 'Ye-seul']
		},
		family: [
			'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin',
			'Kwon', 'Hwang', 'Ahn', 'Song', 'Jeon', 'Hong', 'Yoo', 'Ko', 'Yang', 'Baek'
		]
	},
	vietnamese: {
		label: 'Vietnamese',
		language: 'vi',
		familyFirst: 0.6,
		middle: { f: ['Thi'], m: ['Van', 'Duc'], chance: 0.6 },
		given: {
			f: ['Lan', 'Linh', 'Trang', 'Huong', 'Mai', 'Ngoc', 'Thao', 'Hanh', 'Phuong', 'Thu', 'Hoa', 'Nhung', 'Yen', 'Quynh', 'Thuy'],
			m: ['Tuan', 'Hung', 'Duc', 'Long', 'Nam', 'Huy', 'Khoa', 'Quang', 'Son', 'Phong', 'Bao', 'Tien', 'Hieu', 'Dung'],
			x: ['Anh', 'Minh', 'Thanh', 'Khanh', 'An']
		},
		family: [
			'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo',
			'Duong', 'Ly', 'Dinh', 'Truong', 'Lam', 'Mai', 'Trinh'
		]
	},
	filipino: {
		label: 'Filipino',
		language: 'tl',
		given: {
			f: ['Maria', 'Kristine', 'Jasmine', 'Angelica', 'Mary Grace', 'Jocelyn', 'Maricel', 'Rowena', 'Liza', 'Joanna', 'Camille', 'Bea', 'Patricia', 'Nicole', 'Divina', 'Lorna', 'Analyn', 'Rhea'],
			m: ['Juan', 'Jose', 'Mark', 'Paolo', 'Rafael', 'Miguel', 'Carlo', 'Jerome', 'Ramon', 'Noel', 'Rodel', 'Arnel', 'Jericho', 'Emmanuel', 'Angelo', 'Dennis', 'Ronaldo', 'Romeo'],
			x: ['Jessie', 'Kim']
		},
		family: [
			'Santos', 'Reyes', 'Cruz', 'Bautista', 'Ocampo', 'Garcia', 'Mendoza', 'Torres', 'Tomas', 'Andrada',
			'Castillo', 'Flores', 'Villanueva', 'Ramos', 'Castro', 'Rivera', 'Navarro', 'Salazar', 'Mercado', 'Dela Cruz',
			'De Leon', 'Soriano', 'Pascual', 'Dizon', 'Gonzales', 'Manalo', 'Valdez', 'Macaraeg', 'Magbanua', 'Panganiban'
		]
	},
	indonesian: {
		label: 'Indonesian',
		language: 'id',
		given: {
			f: ['Siti', 'Dewi', 'Sri', 'Putri', 'Ayu', 'Ratna', 'Wulan', 'Rina', 'Fitri', 'Intan', 'Nurul', 'Indah', 'Kartika', 'Diah', 'Maya', 'Anisa', 'Citra'],
			m: ['Budi', 'Agus', 'Andi', 'Dedi', 'Eko', 'Hendra', 'Rizky', 'Arief', 'Yudi', 'Bayu', 'Dimas', 'Fajar', 'Gilang', 'Irfan', 'Teguh', 'Wahyu', 'Adi'],
			x: ['Tri', 'Dwi']
		},
		family: [
			'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Nugroho', 'Setiawan', 'Gunawan', 'Susanto',
			'Wibowo', 'Siregar', 'Nasution', 'Harahap', 'Simanjuntak', 'Sitompul', 'Hutapea', 'Purnomo', 'Prasetyo',
			'Utomo', 'Lubis', 'Hakim', 'Permana', 'Firmansyah', 'Kurniawan', 'Ramadhan'
		]
	},
	malay: {
		label: 'Malay',
		language: 'ms',
		connector: { f: 'binti', m: 'bin', chance: 0.3 },
		given: {
			f: ['Nur Aisyah', 'Siti Aminah', 'Nurul Huda', 'Farah', 'Aina', 'Amira', 'Syafiqah', 'Nabila', 'Hidayah', 'Aisyah', 'Izzati', 'Alya', 'Balqis', 'Zulaikha'],
			m: ['Muhammad Hafiz', 'Ahmad Faiz', 'Amir', 'Hafiz', 'Aiman', 'Haziq', 'Irfan', 'Syafiq', 'Zulkifli', 'Azman', 'Hakim', 'Firdaus', 'Danial', 'Khairul', 'Ridzuan'],
			x: []
		},
		family: [
			'Abdullah', 'Rahman', 'Ismail', 'Hassan', 'Ibrahim', 'Yusof', 'Ahmad', 'Omar', 'Hamid', 'Aziz',
			'Salleh', 'Othman', 'Mohamad', 'Kassim', 'Mahmud', 'Zainal', 'Rashid', 'Idris', 'Sulaiman', 'Osman', 'Jaafar', 'Yaacob'
		]
	},
	thai: {
		label: 'Thai',
		language: 'th',
		given: {
			f: ['Nattaya', 'Siriporn', 'Kanokwan', 'Pimchanok', 'Suda', 'Malee', 'Waraporn', 'Chutima', 'Apinya', 'Rattana', 'Sasithorn', 'Jiraporn'],
			m: ['Somchai', 'Somsak', 'Anan', 'Chaiwat', 'Nattapong', 'Prasert', 'Surasak', 'Thanawat', 'Krit', 'Wichai', 'Panya', 'Kittisak'],
			x: []
		},
		family: [
			'Srisuk', 'Chaiyaporn', 'Saetang', 'Rattanakorn', 'Sukprasert', 'Boonmee', 'Kaewkla', 'Thongdee', 'Chaiyasit',
			'Sriwattana', 'Phongsri', 'Intarasuk', 'Kongkaew', 'Jaidee', 'Rungrueang', 'Suwannarat', 'Chantarasiri', 'Sombat', 'Meechai'
		]
	},

	// ─── Sub-Saharan Africa ────────────────────────────────────────────────
	yoruba: {
		label: 'Yoruba (Nigeria)',
		language: 'yo',
		given: {
			f: ['Adeola', 'Funmilayo', 'Folake', 'Bisola', 'Titilayo', 'Yetunde', 'Omolara', 'Adunni', 'Kemi', 'Bukola', 'Morenike', 'Ronke', 'Iyabo', 'Simisola'],
			m: ['Adebayo', 'Babatunde', 'Olumide', 'Femi', 'Tunde', 'Kunle', 'Segun', 'Gbenga', 'Wale', 'Kayode', 'Rotimi', 'Akin', 'Dapo'],
			x: ['Tolulope', 'Temitope', 'Oluwaseun', 'Damilola', 'Ayodele', 'Abimbola', 'Dayo', 'Tayo', 'Yemi', 'Bolu']
		},
		family: [
			'Adeyemi', 'Ogunleye', 'Adebayo', 'Oladipo', 'Afolabi', 'Ogunbiyi', 'Adeleke', 'Olaniyan', 'Akinwale', 'Ajayi',
			'Oyelaran', 'Bankole', 'Adewale', 'Ogundipe', 'Oyewole', 'Akande', 'Olatunji', 'Ojo', 'Alabi', 'Olawale',
			'Ilori', 'Oyebanji', 'Ayodele'
		]
	},
	igbo: {
		label: 'Igbo (Nigeria)',
		language: 'ig',
		given: {
			f: ['Chioma', 'Ngozi', 'Adaeze', 'Chiamaka', 'Nkechi', 'Ifeoma', 'Obiageli', 'Chinwe', 'Amarachi', 'Ebere', 'Oluchi', 'Nneka', 'Ogechi', 'Adanna', 'Chidinma', 'Amaka'],
			m: ['Chukwuemeka', 'Obinna', 'Emeka', 'Ikenna', 'Chinedu', 'Nnamdi', 'Chibuzor', 'Ifeanyi', 'Tochukwu', 'Ejike', 'Okechukwu', 'Chidi'],
			x: ['Uchenna', 'Uche', 'Kelechi', 'Onyeka', 'Somto', 'Chidera']
		},
		family: [
			'Okafor', 'Okeke', 'Nwosu', 'Eze', 'Okonkwo', 'Nwankwo', 'Obi', 'Nnaji', 'Okoro', 'Chukwu', 'Uzor',
			'Igwe', 'Nwachukwu', 'Ibe', 'Anyanwu', 'Ezeani', 'Okoye', 'Agu', 'Ugwu', 'Nwafor', 'Obiora', 'Onwuka', 'Nnadi'
		]
	},
	hausa: {
		label: 'Hausa (Nigeria)',
		language: 'ha',
		given: {
			f: ['Aisha', 'Fatima', 'Zainab', 'Hadiza', 'Amina', 'Hauwa', 'Maryam', 'Bilkisu', 'Khadija', 'Rukayya', 'Halima', 'Safiya', 'Jamila', 'Asma'],
			m: ['Abdullahi', 'Ibrahim', 'Musa', 'Sani', 'Usman', 'Aminu', 'Bashir', 'Yusuf', 'Abubakar', 'Nasiru', 'Haruna', 'Umar', 'Kabiru', 'Shehu', 'Isa', 'Salisu'],
			x: []
		},
		family: [
			'Bello', 'Abubakar', 'Mohammed', 'Yusuf', 'Ibrahim', 'Usman', 'Aliyu', 'Sani', 'Danjuma', 'Lawal', 'Suleiman',
			'Garba', 'Musa', 'Abdullahi', 'Shehu', 'Idris', 'Tanko', 'Umar', 'Bala', 'Adamu', 'Dikko', 'Gambo', 'Maikano'
		]
	},
	akan: {
		label: 'Ghanaian (Akan and Ga)',
		language: 'ak',
		given: {
			f: ['Akosua', 'Ama', 'Abena', 'Efua', 'Esi', 'Adjoa', 'Afua', 'Yaa', 'Akua', 'Araba', 'Adwoa', 'Serwaa', 'Gifty', 'Priscilla', 'Comfort', 'Mercy', 'Abigail'],
			m: ['Kwame', 'Kofi', 'Kwabena', 'Kwaku', 'Yaw', 'Kojo', 'Kwesi', 'Kobina', 'Fiifi', 'Emmanuel', 'Samuel', 'Ebenezer', 'Nii', 'Kwadwo'],
			x: ['Nana']
		},
		family: [
			'Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Agyeman', 'Ofori', 'Addo', 'Darko', 'Amoah', 'Frimpong',
			'Antwi', 'Bonsu', 'Amponsah', 'Adjei', 'Tetteh', 'Quaye', 'Quartey', 'Nkansah', 'Asamoah', 'Oppong',
			'Sarpong', 'Gyamfi', 'Yeboah'
		]
	},
	kenyan: {
		label: 'Kenyan',
		language: 'sw',
		given: {
			f: ['Wanjiru', 'Akinyi', 'Atieno', 'Njeri', 'Wambui', 'Nyambura', 'Achieng', 'Wairimu', 'Mumbi', 'Chebet', 'Faith', 'Mercy', 'Grace', 'Esther', 'Naomi', 'Caroline', 'Lilian', 'Winnie'],
			m: ['Brian', 'Kevin', 'Dennis', 'Collins', 'Kamau', 'Otieno', 'Kiprop', 'Njoroge', 'Ochieng', 'Onyango', 'Kimani', 'Wafula', 'Evans', 'Victor', 'Emmanuel', 'Samuel'],
			x: ['Amani', 'Imani']
		},
		family: [
			'Kamau', 'Mwangi', 'Otieno', 'Ochieng', 'Njoroge', 'Wanjiku', 'Kariuki', 'Omondi', 'Odhiambo', 'Kimani',
			'Mutua', 'Kiprono', 'Cheruiyot', 'Wafula', 'Wekesa', 'Onyango', 'Macharia', 'Maina', 'Kiplagat', 'Njuguna',
			'Owino', 'Mwendwa', 'Nyaga', 'Korir', 'Rotich'
		]
	},
	ugandan: {
		label: 'Ugandan',
		language: 'lg',
		given: {
			f: ['Nakato', 'Namubiru', 'Nalwoga', 'Nabirye', 'Namazzi', 'Akello', 'Atim', 'Apio', 'Grace', 'Sarah', 'Patience', 'Brenda', 'Esther', 'Prossy', 'Harriet', 'Florence'],
			m: ['Mugisha', 'Ssali', 'Kato', 'Okello', 'Opio', 'Otim', 'Isaac', 'Ronald', 'Moses', 'Godfrey', 'Julius', 'Geoffrey', 'Brian', 'Denis', 'Emmanuel'],
			x: ['Mukisa']
		},
		family: [
			'Mukasa', 'Kiggundu', 'Lubega', 'Nsubuga', 'Musoke', 'Kizza', 'Okello', 'Opio', 'Ochieng', 'Byaruhanga',
			'Tumusiime', 'Mugisha', 'Twinomujuni', 'Atuhaire', 'Kabuye', 'Ssempijja', 'Kasozi', 'Wasswa', 'Mwesigwa',
			'Ainembabazi', 'Ahimbisibwe', 'Amanya'
		]
	},
	tanzanian: {
		label: 'Tanzanian',
		language: 'sw',
		given: {
			f: ['Neema', 'Rehema', 'Zawadi', 'Halima', 'Mwanaisha', 'Subira', 'Upendo', 'Amina', 'Asha', 'Mwajuma', 'Pendo', 'Joyce', 'Agnes', 'Witness'],
			m: ['Juma', 'Baraka', 'Hamisi', 'Rashidi', 'Salim', 'Athumani', 'Daudi', 'Elia', 'Frank', 'Godfrey', 'Ally', 'Emmanuel', 'Saidi', 'Omari'],
			x: ['Imani', 'Amani', 'Tumaini']
		},
		family: [
			'Mwakyusa', 'Massawe', 'Mushi', 'Kimaro', 'Mrema', 'Lyimo', 'Swai', 'Mollel', 'Mbwambo', 'Shirima', 'Temba',
			'Makundi', 'Mwamba', 'Kombo', 'Haji', 'Mfinanga', 'Kessy', 'Ngowi', 'Mashauri', 'Mbise', 'Urassa', 'Mrisho', 'Njau'
		]
	},
	ethiopian: {
		label: 'Ethiopian',
		language: 'am',
		given: {
			f: ['Selam', 'Hana', 'Meron', 'Tigist', 'Hiwot', 'Mekdes', 'Bethlehem', 'Liya', 'Saba', 'Eden', 'Mahlet', 'Rahel', 'Tsion', 'Bezawit', 'Meseret'],
			m: ['Dawit', 'Yonas', 'Biniam', 'Abel', 'Henok', 'Yared', 'Solomon', 'Mikael', 'Nahom', 'Kaleab', 'Elias', 'Bereket', 'Kidus', 'Amanuel', 'Ermias', 'Fitsum'],
			x: []
		},
		family: [
			'Tesfaye', 'Girma', 'Alemu', 'Tadesse', 'Kebede', 'Wolde', 'Assefa', 'Desta', 'Gebremedhin', 'Negash', 'Abera',
			'Mulugeta', 'Worku', 'Tekle', 'Mekonnen', 'Demissie', 'Hailu', 'Getachew', 'Berhane', 'Asfaw', 'Yohannes', 'Tilahun'
		]
	},
	zimbabwean: {
		label: 'Zimbabwean (Shona and Ndebele)',
		language: 'sn',
		given: {
			f: ['Rutendo', 'Chipo', 'Chiedza', 'Vimbai', 'Fadzai', 'Nyarai', 'Ruvimbo', 'Tsitsi', 'Nomsa', 'Sithembile', 'Thandeka'],
			m: ['Simbarashe', 'Munyaradzi', 'Tonderai', 'Takunda', 'Tawanda', 'Farirai', 'Mthokozisi', 'Sibusiso', 'Nkosana'],
			x: ['Tatenda', 'Tendai', 'Farai', 'Nyasha', 'Tafadzwa', 'Rufaro', 'Tinashe', 'Kudzai', 'Tanaka', 'Tapiwa', 'Blessing']
		},
		family: [
			'Moyo', 'Ncube', 'Sibanda', 'Dube', 'Chikore', 'Mutasa', 'Chiweshe', 'Mhlanga', 'Marufu', 'Gumbo', 'Makoni',
			'Nyathi', 'Mpofu', 'Zhou', 'Mlambo', 'Chigumba', 'Muchena', 'Ndlovu', 'Mushonga', 'Chiwara', 'Madziva'
		]
	},
	'zulu-xhosa': {
		label: 'South African (Zulu, Xhosa, Sotho, Tswana)',
		language: 'zu',
		given: {
			f: ['Thandiwe', 'Nomvula', 'Lindiwe', 'Zanele', 'Nokuthula', 'Zodwa', 'Nandi', 'Lerato', 'Palesa', 'Buhle', 'Khanyisile', 'Nosipho', 'Ayabonga', 'Refilwe'],
			m: ['Sipho', 'Thabo', 'Bongani', 'Sibusiso', 'Lwazi', 'Mandla', 'Siyabonga', 'Themba', 'Luyolo', 'Tshepo', 'Lungile', 'Sizwe'],
			x: ['Ayanda', 'Andile', 'Kagiso', 'Anele', 'Mpho', 'Lesedi']
		},
		family: [
			'Dlamini', 'Nkosi', 'Ndlovu', 'Khumalo', 'Mthembu', 'Zulu', 'Mokoena', 'Ngcobo', 'Mahlangu', 'Sithole',
			'Mabaso', 'Nxumalo', 'Mkhize', 'Gumede', 'Zungu', 'Cele', 'Ntuli', 'Shabalala', 'Radebe', 'Molefe',
			'Ngubane', 'Mabuza', 'Nkabinde', 'Mthethwa', 'Qwabe', 'Mqadi', 'Mahlaba'
		]
	},
	afrikaans: {
		label: 'Afrikaans',
		language: 'af',
		given: {
			f: ['Annelie', 'Marike', 'Elmarie', 'Anke', 'Liezl', 'Mariska', 'Riana', 'Sunette', 'Lize', 'Chantelle', 'Ilse'],
			m: ['Riaan', 'Pieter', 'Johan', 'Willem', 'Hendrik', 'Jacques', 'Francois', 'Gerhard', 'Stefan', 'Wikus', 'Danie', 'Andries', 'Ruan'],
			x: []
		},
		family: [
			'van der Merwe', 'Botha', 'Pretorius', 'du Plessis', 'Nel', 'Venter', 'Steyn', 'Fourie', 'Joubert', 'Kruger',
			'Swanepoel', 'Louw', 'Smit', 'Jacobs', 'Visser', 'van Wyk', 'Snyman', 'Erasmus', 'Viljoen', 'du Toit', 'Marais'
		]
	},
	senegalese: {
		label: 'Senegalese (Wolof, Pulaar, Serer)',
		language: 'wo',
		given: {
			f: ['Aminata', 'Fatou', 'Awa', 'Mariama', 'Khady', 'Ndeye', 'Aïssatou', 'Coumba', 'Rokhaya', 'Seynabou', 'Astou', 'Dieynaba'],
			m: ['Moussa', 'Mamadou', 'Ousmane', 'Cheikh', 'Ibrahima', 'Abdoulaye', 'Modou', 'Pape', 'Babacar', 'Lamine', 'Serigne', 'Alioune'],
			x: []
		},
		family: [
			'Diop', 'Ndiaye', 'Fall', 'Sow', 'Diallo', 'Sarr', 'Faye', 'Gueye', 'Mbaye', 'Ba', 'Sy', 'Cissé', 'Thiam',
			'Ndour', 'Seck', 'Kane', 'Niang', 'Touré', 'Camara', 'Dieng', 'Mbodj'
		]
	}
} as const satisfies Record<string, NamePool>;

export type NamePoolId = keyof typeof NAME_POOLS;

/** Every given name of a pool with its gender tag, in a stable order (f, then m, then x). */
export function givenNamesOf(pool: NamePool): GivenName[] {
	return [
		...pool.given.f.map((name) => ({ name, gender: 'f' as const })),
		...pool.given.m.map((name) => ({ name, gender: 'm' as const })),
		...pool.given.x.map((name) => ({ name, gender: 'x' as const }))
	];
}

/** The form of a family name that goes with a given name of this gender. */
export function familyNameFor(family: FamilyName, gender: 'f' | 'm'): string {
	return typeof family === 'string' ? family : gender === 'f' ? family[1] : family[0];
}

/**
 * Full names that the pools could produce and that belong to people known
 * for participatory economics or IOPS. Checked by the generator so a demo
 * profile never impersonates a real person from that world.
 */
export const RESERVED_FULL_NAMES: ReadonlySet<string> = new Set([
	'michael albert',
	'robin hahnel',
	'noam chomsky',
	'lydia sargent',
	'cynthia peters',
	'chris spannos',
	'stephen shalom',
	'mandisi majavu',
	'yotam marom',
	'marcela olivera',
	'oscar olivera',
	'ezequiel adamovsky',
	'mark evans',
	'khaled said'
]);
