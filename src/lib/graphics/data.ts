// The data each chart draws, prepared at build time from data/ and the graphics copy. Everything
// here is plain, serialisable and already formatted where it is text, so the same objects feed the
// story, the embeds and the server-rendered images.

export interface GraphicText {
	title: string;
	/** A caption that explains the chart's limits, shown under it. */
	note: string;
	/** "Sources: …" built from the data the chart reads. */
	source: string;
}

export interface DotsData {
	perDot: number;
	values: {
		people: number;
		rebels: number;
		gangs: number;
		veterans: number;
		troops: number;
		agents: number;
		orenburgTrains: number;
		tashkentTrains: number;
	};
	labels: {
		key: string;
		people: string;
		rebels: string;
		gangs: string;
		veterans: string;
		everyone: string;
		troops: string;
		agents: string;
		encircled: string;
		orenburg: string;
		tashkent: string;
		trainsNote: string;
		/** A table cell for a figure the sources do not give (people per railway). */
		notGiven: string;
		emptied: string;
	};
}

export interface PeoplesData {
	rows: {
		id: string;
		people: string;
		/** The month of the deportation ("February 1944"), and abbreviated ("Feb 1944"). */
		date: string;
		dateShort: string;
		count: number;
		countText: string;
	}[];
	highlight: string;
	axis: string;
}

export interface MapPath {
	id: string;
	d: string;
}

export interface MapPoint {
	id: string;
	name: string;
	x: number;
	y: number;
}

export interface MapLabelPoint extends MapPoint {
	kind: 'sea' | 'country' | 'region';
}

export interface OccupationMapData {
	width: number;
	height: number;
	/** Countries and regions around Kabardino-Balkaria, as projected SVG paths. */
	context: MapPath[];
	regions: MapPath[];
	/** Kabardino-Balkaria's outline. */
	focus: MapPath;
	places: MapPoint[];
	labels: MapLabelPoint[];
	locator: { width: number; height: number; land: MapPath[]; frame: MapPath; focus: MapPoint };
	text: {
		setting: string;
		occupied: string;
		nalchikFalls: string;
		retaken: string;
		boundaries: string;
	};
}

export interface LivestockData {
	rows: { id: string; label: string; value: number; valueText: string }[];
	/** The line under the bars. */
	partisans: string;
	/** The numbers table's caption (the chart's title) and column headings. */
	caption: string;
	animals: string;
	head: string;
}

export interface ExileMapData {
	width: number;
	height: number;
	context: MapPath[];
	republics: (MapPath & { name: string })[];
	places: MapPoint[];
	labels: MapLabelPoint[];
	/** Schematic routes: Nalchik via the Orenburg railway, and via the Tashkent railway. */
	routes: (MapPath & {
		label: string;
		start: { x: number; y: number };
		mid: { x: number; y: number };
		end: { x: number; y: number };
	})[];
	text: {
		journey: string;
		distance: string;
		kazakh: string;
		kirghiz: string;
		schematic: string;
	};
}

export interface DeathsData {
	denominator: number;
	rows: {
		id: string;
		quantity: 'transit_deaths' | 'exile_deaths';
		label: string;
		who: string;
		kind: 'record' | 'estimate' | 'community' | 'untraced';
		/** The end of the range no one has traced to a document, if one is. */
		untracedEnd?: 'low' | 'high';
		low: number;
		high: number;
		valueText: string;
		shareText: string;
	}[];
	text: { axis: string; untraced: string; transitTitle: string; exileTitle: string };
}

/** A point of the population chart, with what its row in the numbers table says. */
interface PopulationPoint {
	year: number;
	value: number;
	label: string;
	/** The table's date ("1957–58") and what happened ("Returned home"). */
	dateText: string;
	tableLabel: string;
}

export interface PopulationData {
	register: {
		id: string;
		year: number;
		low: number;
		high: number;
		/** "March 1944" and "37.2–38.3" (thousands), for the numbers table. */
		dateText: string;
		valueText: string;
	}[];
	markers: {
		id: string;
		year: number;
		label: string;
		stage: 'released' | 'restored';
		dateText: string;
		tableLabel: string;
	}[];
	returned: PopulationPoint;
	census: PopulationPoint;
	expected: PopulationPoint;
	text: {
		axis: string;
		register: string;
		/** The numbers table's caption and its word for a register row. */
		tableCaption: string;
		tableRegister: string;
	};
}

export interface TimelineData {
	events: {
		id: string;
		/** Where the event sits on the axis: its day, or the middle of its period. */
		year: number;
		/** For a date known only to the month or year: that period, as decimal years. */
		period: [number, number] | null;
		dateText: string;
		label: string;
	}[];
	start: number;
	end: number;
}

export interface ChartData {
	dots: DotsData;
	peoples: PeoplesData;
	'occupation-map': OccupationMapData;
	livestock: LivestockData;
	'exile-map': ExileMapData;
	deaths: DeathsData;
	population: PopulationData;
	timeline: TimelineData;
}

export type GraphicTexts = Record<keyof ChartData, GraphicText>;
