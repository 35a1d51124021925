package devgen

import "strings"

// The word lists are made up for Parley (no real article text): common
// given names and surnames of many languages, some with diacritics so that
// the folded matching of names is exercised.
var (
	givenNames = strings.Fields(`Ana Ahmad Aiko Akira Alberto Aleksandr Ali Amara Amir Andrea Anders Anh Anna
		Antoine Arjun Aylin Beatriz Bilal Björn Camila Carlos Catalina Chen Chiara Chidi Dae-jung
		Daniel David Dmitri Élodie Elena Emeka Emre Eva Farah Fatima Felipe Fernando Gabriel Giorgi
		Giulia Grace Hamid Hana Hans Hassan Hiroshi Ibrahim Ifeoma Ingrid Irina Isabel Ivan Jae-won
		James Jan Javier Jia Jin-ho João José Juan Julia Kamal Karim Katarzyna Kenji Khalid Kofi
		Lars Laura Layla Leila Lena Li Lucía Luis Mahmoud Maria Marta Mateo Mehmet Mei Miguel Min-jun
		Mohammed Nadia Naledi Nasser Nikolai Noor Olga Omar Oscar Pablo Paolo Pedro Pierre Priya
		Rafael Rahul Rania Reza Rosa Sakura Salma Samir Sara Sebastián Sergei Seo-yeon Shira Sipho
		Sofia Søren Sun-hee Svetlana Tamar Tariq Thabo Thomas Tomás Valentina Vikram Wei Yasmin
		Yaw Yuki Yusuf Zainab Zeynep Zhang Zoltán Ayşe Łukasz Nguyễn Oksana Pavel Quentin Rustam
		Sanjay Teodora Ulla Viktor Walid Xavier Yara Zara Abebe Bongani Cem Dilnoza Erik Farid Goran`)
	surnames = strings.Fields(`Abadi Abe Adeyemi Ahmadi Akhtar Alvarez Amini Andersen Ansari Arslan Asante
		Bakr Banda Barros Becker Bergström Bianchi Bondarenko Botha Cardoso Castillo Çelik Chaudhry
		Choi Costa Dahl Danjuma Demir Diallo Dimitrov Dubois Duarte Eriksen Esposito Farouk Fischer
		Fonseca Fujita García Gómez González Gruber Guerrero Haddad Hakimi Hansen Hashemi Herrera
		Hoang Horvat Hosseini Ibrahimov Ito Ivanova Jaber Jansen Jiménez Johansson Kamau Kang Karimi
		Kato Kaya Khalil Khan Kim Kowalski Kozlov Kumar Larsen Laurent Lee Lehmann Lim Lindqvist Liu
		Lombardi López Mahlangu Majid Mansour Martín Medina Mendes Meyer Mirza Moreau Morozov Müller
		Murata Nakamura Nasser Navarro Ncube Nieminen Novak Nowak Nwosu Obi Okafor Okonkwo Oliveira
		Omondi Orlov Öztürk Park Patel Pavlova Pereira Petrov Popescu Qureshi Rahimi Ramírez Rashid
		Reyes Ribeiro Richter Rinaldi Rojas Romano Rossi Saber Sadeghi Saito Salazar Santos Sato
		Schmidt Schneider Sharma Shevchenko Silva Singh Sokolov Song Suárez Suzuki Svoboda Takahashi
		Tanaka Taylor Tehrani Torres Tran Tshabalala Usman Valdés Vargas Vasquez Volkov Wagner Wang
		Watanabe Weber Wiśniewski Wu Yamamoto Yang Yilmaz Yoon Yusupov Zaman Zhou Zielinski Zuberi
		Abubakar Aguilar Bauer Benali Bose Chopra Silveira Delgado Doğan Ekström Fedorov Ferrari Gallo
		Hadid Hamdan Hughes Iqbal Jovanović Kariuki Kovačević Kruger Lindberg Maalouf Mbeki Mensah
		Mwangi Nair Osei Petrović Quispe Rivas Sandoval Sidibé Tembo Uddin Dijkstra Varga Wójcik Xu
		Yadav Zapata Zulu Abbasi Barzani Cohen Dlamini Ekwueme Fofana Gashi Hussein Ismail Jafari`)
	// givenVariants are other transliterations of given names: spellings
	// that fold to another key, so storage takes them for another person
	// until someone merges the two (see mergeVariants).
	givenVariants = map[string]string{
		"Mohammed": "Muhammad", "Aleksandr": "Alexander", "Dmitri": "Dmitry", "Sergei": "Sergey",
		"Nikolai": "Nikolay", "Yusuf": "Youssef", "Ahmad": "Ahmed", "Hassan": "Hasan", "Mahmoud": "Mahmud",
		"Khalid": "Khaled", "Omar": "Umar", "Ibrahim": "Ebrahim", "Irina": "Iryna", "Olga": "Olha",
		"Svetlana": "Svitlana", "Oksana": "Oxana", "Reza": "Rezza", "Tariq": "Tarek", "Samir": "Sameer",
		"Zainab": "Zeinab", "Fatima": "Fatimah", "Nasser": "Naser", "Walid": "Waleed",
	}
	titles = []string{
		"Foreign Minister", "President", "Prime Minister", "Defence Minister", "Trade Minister",
		"Ambassador", "Special Envoy", "Deputy Foreign Minister", "National Security Adviser",
		"Finance Minister", "Energy Minister", "Secretary of State", "Governor", "Mayor",
		"Chief of Staff", "Interior Minister", "Vice President", "Speaker of Parliament",
	}
	organizations = []string{
		"Ministry of Foreign Affairs", "Ministry of Defence", "Ministry of Trade", "Office of the President",
		"United Nations", "European Commission", "African Union", "World Bank", "Parliament",
	}
	topics = []string{
		"trade", "energy cooperation", "border security", "climate finance", "the nuclear programme",
		"refugees", "fisheries", "a ceasefire", "investment", "visa rules", "water sharing", "tariffs",
		"maritime security", "public health", "grain exports", "debt relief", "a rail link",
		"cultural exchanges", "cyber security", "prisoner releases", "election monitoring", "gas pipelines",
	}
	outlets = []string{
		"Morning Ledger", "Capital Wire", "Harbour Times", "Continental Post", "Evening Courier",
		"Northern Dispatch", "Global Desk", "Plains Herald", "Coastal Gazette", "Meridian News",
	}
	venues = []string{
		"the presidential palace", "the foreign ministry", "a hotel in the city centre",
		"the parliament building", "the embassy", "the sidelines of a summit",
	}
	// fillers are background sentences; %s is a topic.
	fillers = []string{
		"Officials said the talks on %s had been planned for several weeks.",
		"Neither side published a joint statement on %s afterwards.",
		"Analysts expect further rounds of negotiation on %s before the end of the year.",
		"The two governments have disagreed over %s for a long time.",
		"A spokesperson described the discussion of %s as frank and constructive.",
		"Opposition members criticised the government's approach to %s.",
		"Business groups welcomed the renewed attention to %s.",
		"Diplomats familiar with the matter said progress on %s remained slow.",
		"The meeting came a month after a public dispute over %s.",
		"A working group on %s is due to report in the spring.",
	}
	// monthNames are the English month names, January first.
	monthNames = strings.Fields("January February March April May June July August September October November December")
)
