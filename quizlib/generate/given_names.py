"""Given names: evidence that two capitalised words name a person ("Chiara Morandi", "Ronan
Whelan") where nothing else in the article says so (no office before, no surname alone, no
quotation).

A gazetteer of common given names, as named-entity recognisers use, from the languages news in
Italian and English writes names in (Welsh, Irish and Scottish Gaelic ones too). Names as
often found in the names of places, firms and things are left out ("Marina Piccola", "Virginia
Beach", "Morgan Stanley", "Mercedes-Benz", "Dai Romani", "Ailsa Craig"): for them an office, a
quotation or the surname alone still tells.

A given name also tells a gender, which a pronoun standing for the person must agree with.
"""

from __future__ import annotations

_FEMININE = """
Abigail Ada Adelaide Adele Adriana Agata Agnes Agnese Agnieszka Aileen Aisha Alba Alberta
Alessandra Alessia Alexandra Alice Alicia Alina Alison Alma Almaz Amanda Amara Amelia Amina Amy
Ana Anastasia Aneta Angela Angelica Anita Ann Anna Annalisa Anne Annie Antonella Antonia
Antonietta Antónia Anya Arianna Astrid Aurora Ayesha Barbara Beatrice Beatriz Benedetta Bettina
Betty Bianca Brenda Bridget Caitlin Camila Camilla Camille Carla Carmela Carmen Carol Caroline
Carolyn Cassandra Caterina Catherine Cecilia Charlotte Chiara Chloe Christina Christine Cinzia
Claire Clara Claudia Costanza Cristiana Cristina Cynthia Daniela Danielle Dawn Debbie Deborah
Deirdre Denise Diana Donatella Dorothy Edith Eileen Elaine Elena Eleonora Elisa Elisabetta
Elizabeth Ella Ellen Emanuela Emilia Emily Emma Erica Erika Eva Evelyn Ewa Fatima Fatma Federica
Fernanda Fiona Fiorella Flavia Francesca Gabriella Gemma Giada Gianna Gina Giorgia Giovanna
Gisella Giulia Giuliana Giuseppina Gloria Grace Graziella Greta Gráinne Hannah Harriet Heather
Helen Helena Helga Ida Ilaria Ilse Imogen Ingrid Irene Iris Isabel Isabella Isabelle Ivana
Jacqueline Jana Jane Janet Janice Jeanne Jennifer Jessica Jill Joan Joana Joanna Johanna
Josephine Joy Joyce Judith Julia Julie Juliet Karen Karin Kate Katharina Katherine Kathleen
Katie Katrin Lara Laura Lauren Leila Lena Leonie Letizia Lidia Linda Lisa Livia Loretta Lorraine
Louise Luana Lucia Luciana Lucy Lucía Ludovica Luisa Lydia Magdalena Maja Margaret Margherita
Maria Mariana Marianne Marie Mariella Marisa Marta Martha Martina Mary Matilde Maura Maureen
Megan Melanie Melissa Mia Michela Michelle Milena Miriam Monica Nadia Naomi Natalia Natalie
Niamh Nicole Nina Noemi Nora Norma Olivia Orla Paola Patricia Patrizia Paula Peggy Penelope
Petra Pilar Priya Rachel Rebecca Renata Rita Roberta Rosalba Rosanna Rosaria Ruth Sabina Sabrina
Samantha Sandra Sara Sarah Serena Sheila Shirley Silvana Silvia Simona Sinead Siobhán Sofia
Sonia Sonja Sophie Stefania Stephanie Susan Susanna Suzanne Sylvia Tamara Tania Tatiana Teresa
Theresa Tiziana Tracy Ursula Valentina Valeria Vanessa Veronica Viola Vittoria Wendy Yasmin
Zainab Zoe
Angharad Aoife Bethan Caoimhe Carys Catriona Cerys Ciara Clodagh Dervla Eilidh Elin Ffion Gwen
Kirsty Lowri Mairead Mared Morag Nia Rhian Roisin Róisín Saoirse Seren Sian Siobhan Siân Sinéad
Agnieszka Katarzyna Małgorzata Magda Monika Dorota Elżbieta Zsófia Eszter Ágnes Ioana Mihaela
Andreea Roxana Teodora Jelena Milica Dragana Olena Oksana Svetlana Irina Yulia Natasha Sylvie
Nathalie Valérie Mariam Layla Leyla Nour Amal Aminata Fatou Sigrid Mette Kirsten Marieke Elif
Zeynep Keiko Priyanka Ananya Ximena Rocío Inés Marisol Ngozi Wanjiru
"""
_MASCULINE = """
Abdul Abdullah Abebe Abel Adam Adama Adolfo Adrian Adriano Agostino Ahmad Ahmed Aidan Alan
Albert Alberto Aldo Alejandro Alessandro Alessio Alexander Alexandre Alexei Alfonso Alfred
Alfredo Ali Amadou Ambrogio Amir Anders Andreas Andrei Andrej Andrew Andrzej Andrés Angelo
Anselmo Anthony Antoine Anton Antonio António Armando Arnaldo Arnold Arthur Arturo Aurelio
Bartolomeo Ben Benedetto Benjamin Bernard Bernardo Bernd Bill Björn Bogdan Boris Brendan Brian
Bruce Bruno Callum Carlo Carlos Carmine Cesare Charles Charlie Christian Christopher Cian Ciaran
Ciarán Claudio Colin Connor Corrado Cosimo Craig Cristian Cristoforo Daniel Daniele Dante Dario
Darius David Davide Declan Denis Dennis Derek Diego Dieter Dimitri Dmitri Dmitry Domenico Donald
Donato Douglas Duncan Dylan Edoardo Edward Edwin Elias Emanuele Emiliano Emilio Emmanuel Enrico
Enzo Eoghan Eric Erik Ernesto Ernst Ettore Eugenio Fabio Fabrizio Federico Felipe Felix
Ferdinando Fernando Filippo Flavio Francesco Francis Francisco Franco Frank Franz Fred Frederick
Fritz Gabriel Gabriele Gaetano Gareth Gary Gavin George Gerald Gerard Gerardo Gerhard Giacomo
Giampaolo Giancarlo Gianfranco Gianluca Gianluigi Gianni Gilberto Gino Giorgio Giovanni Giuliano
Giulio Giuseppe Glenn Gordon Graham Gregory Guglielmo Guido Gustav Gustavo Hans Harold Harry
Hassan Heinrich Heinz Henrik Henry Herbert Howard Hugh Hugo Iain Ian Ibrahim Ignazio Igor Isaac
Ivan Ivo Jack Jacob Jacopo Jake James Jason Javier Jeffrey Jens Jeremy Jim Joaquín Joe Johan
Johann John Jonathan Jonny Jorge Jose Josef Joseph Josphat José João Juan Julian Justin Jürgen
Karim Karl Keith Kenneth Kevin Khalid Kieran Klaus Kofi Krzysztof Kurt Leo Leon Leonardo Liam
Lorenzo Louis Luca Lucas Luciano Luigi Luis Luke Mahmoud Malcolm Manfred Manuel Manuela Marc
Marcello Marco Marcus Mariano Mario Marius Mark Martin Massimo Matteo Matthew Matthias Maurizio
Max Maximilian Mehmet Michael Michele Miguel Mikael Mikhail Mirco Mirko Mohamed Mohammed
Muhammad Mustafa Nathan Neil Niall Nicholas Nick Nicolò Niels Nigel Nikolai Nils Noah Oliver
Omar Orazio Oscar Osvaldo Ottavio Owen Pablo Paolo Pascal Pasquale Patrick Paul Paulo Pedro
Peter Philip Philippe Piero Pierre Pietro Piotr Radu Rafael Raffaele Rahul Raimondo Ralph Ramón
Raymond Raúl Renato Riccardo Richard Robert Roberto Rocco Roger Roland Romano Ronald Ronan Ruben
Rudolf Ruggero Rupert Russell Ryan Salvatore Samuel Samuele Sandro Saverio Sean Sebastian
Sebastiano Sergei Sergej Sergey Sergio Seán Shaun Silvio Simon Stanislaw Stefan Stefano Steffen
Stephen Steven Stuart Sven Thomas Tim Timothy Tiziano Tobias Tom Tomasz Tommaso Tomás Tony Ugo
Umberto Valentino Valerio Vasco Vicente Victor Viktor Vincent Vincenzo Vito Vittorio Vladimir
Walter Werner William Wolfgang Xavier Yuri Yusuf
Aled Alun Cathal Colm Dafydd Darragh Donal Emyr Eoin Euan Geraint Gethin Hamish Huw Ieuan Iwan
Lachlan Oisin Osian Owain Padraig Rhys Ruairi Seamus Shane Steffan Tomos
Jakub Paweł Michał Wojciech Marcin Łukasz Mateusz Grzegorz Tadeusz Mihai Ionuț Alexandru
Gábor László Zoltán István Péter Tamás Didier Jacques Thierry Olivier Laurent Julien Mathieu
Nicolas Guillaume Yves Étienne François Youssef Hamid Rachid Tariq Farid Samir Nabil Moussa
Ousmane Mamadou Ibrahima Kwame Chinedu Tunde Sipho Thabo Goran Dragan Luka Marko Nikola Zoran
Dejan Aleksandar Tomislav Lars Mats Olaf Pieter Joost Willem Kemal Emre Murat Hiroshi Takeshi
Kenji Arjun Vikram Sanjay Amit Ravi
"""
# Either: "Andrea" is a man in Italy and a woman in England, "Robin" and "Kim" anyone.
_EITHER = """
Alex Alexis Andrea Chris Ellis Hilary Jamie Jan Jean Kim Laurence Leslie Marian Nicola Robin
Simone Toni
"""

FEMININE: frozenset[str] = frozenset(_FEMININE.split())
MASCULINE: frozenset[str] = frozenset(_MASCULINE.split())
GIVEN_NAMES: frozenset[str] = FEMININE | MASCULINE | frozenset(_EITHER.split())


def is_given_name(word: str) -> bool:
    """Whether a capitalised word is a given name, or starts with one ('Jean-François')."""
    return word in GIVEN_NAMES or word.partition("-")[0] in GIVEN_NAMES


def gender(name: str) -> str | None:
    """'f' or 'm' when a person's name starts with a given name of one gender ('Maria Lopez'),
    else None: a pronoun ('he', 'she') must agree with it."""
    first = name.split(" ", 1)[0].partition("-")[0]
    if first in FEMININE:
        return "f"
    if first in MASCULINE or (first not in GIVEN_NAMES and first.endswith("o")):
        return "m"  # "Bernardino", "Gonzalo": Romance names in -o are men's
    return None
