/**
 * Bodies of the UN system and the organisations UN reports name most, with their acronyms.
 * Written by us from public knowledge of the UN system (names are facts), not copied from a file.
 */
export const BODIES: [name: string, acronym?: string][] = [
  ['United Nations', 'UN'], ['General Assembly'], ['Security Council'], ['Economic and Social Council', 'ECOSOC'],
  ['Trusteeship Council'], ['International Court of Justice', 'ICJ'], ['Secretariat of the United Nations'],
  ['Human Rights Council', 'HRC'], ['Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
  ['Economic Commission for Africa', 'ECA'], ['Economic Commission for Europe', 'ECE'],
  ['Economic Commission for Latin America and the Caribbean', 'ECLAC'], ['Economic and Social Commission for Western Asia', 'ESCWA'],
  ['United Nations Development Programme', 'UNDP'], ['United Nations Children’s Fund', 'UNICEF'],
  ['Office of the United Nations High Commissioner for Refugees', 'UNHCR'], ['World Health Organization', 'WHO'],
  ['International Labour Organization', 'ILO'], ['Food and Agriculture Organization of the United Nations', 'FAO'],
  ['United Nations Educational, Scientific and Cultural Organization', 'UNESCO'],
  ['United Nations Conference on Trade and Development', 'UNCTAD'], ['World Meteorological Organization', 'WMO'],
  ['United Nations Environment Programme', 'UNEP'], ['United Nations Human Settlements Programme', 'UN-Habitat'],
  ['United Nations Population Fund', 'UNFPA'], ['World Food Programme', 'WFP'], ['International Organization for Migration', 'IOM'],
  ['Office of the United Nations High Commissioner for Human Rights', 'OHCHR'], ['United Nations Office on Drugs and Crime', 'UNODC'],
  ['World Bank'], ['International Monetary Fund', 'IMF'], ['World Trade Organization', 'WTO'],
  ['United Nations Industrial Development Organization', 'UNIDO'], ['International Telecommunication Union', 'ITU'],
  ['Universal Postal Union', 'UPU'], ['International Civil Aviation Organization', 'ICAO'], ['International Maritime Organization', 'IMO'],
  ['International Fund for Agricultural Development', 'IFAD'], ['Joint United Nations Programme on HIV/AIDS', 'UNAIDS'],
  ['United Nations Entity for Gender Equality and the Empowerment of Women', 'UN-Women'], ['United Nations Office for Project Services', 'UNOPS'],
  ['United Nations Institute for Training and Research', 'UNITAR'], ['United Nations University', 'UNU'],
  ['United Nations Convention to Combat Desertification', 'UNCCD'], ['United Nations Framework Convention on Climate Change', 'UNFCCC'],
  ['Office for the Coordination of Humanitarian Affairs', 'OCHA'], ['Department of Economic and Social Affairs', 'DESA'],
  ['Department of Political Affairs', 'DPA'], ['Department of Peacekeeping Operations', 'DPKO'],
  ['United Nations Statistics Division'], ['International Atomic Energy Agency', 'IAEA'], ['Organisation for the Prohibition of Chemical Weapons', 'OPCW'], ['International Trade Centre', 'ITC'],
  ['Association of Southeast Asian Nations', 'ASEAN'], ['African Union', 'AU'], ['European Union', 'EU'],
  ['Organisation for Economic Co-operation and Development', 'OECD'], ['Organization for Security and Co-operation in Europe', 'OSCE'],
  ['League of Arab States'], ['Asian Development Bank', 'ADB'], ['African Development Bank', 'AfDB'], ['Islamic Development Bank', 'IsDB'],
  ['Organization of Islamic Cooperation', 'OIC'], ['South Asian Association for Regional Cooperation', 'SAARC'],
  ['Pacific Islands Forum Secretariat'], ['Intergovernmental Authority on Development', 'IGAD'], ['Taliban'],
  ['International Committee of the Red Cross', 'ICRC'], ['Group of 77'], ['Non-Aligned Movement'],
  ['Special Committee on Decolonization'], ['Commission on Human Rights'], ['United Nations country team', 'UNCT'], ['Fourth Committee'], ['Conference of the Parties', 'COP'],
  // standing bodies whose names say Forum or Conference: organisations, not meetings
  ['Permanent Forum on Indigenous Issues'], ['United Nations Forum on Forests', 'UNFF'], ['Pacific Islands Forum'],
  ['World Economic Forum', 'WEF'], ['Climate Vulnerable Forum', 'CVF'], ['Conference on Disarmament'],
];
