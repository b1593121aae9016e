<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AgePage</name>
    <message>
        <source>Your age</source>
        <translation>Sua idade</translation>
    </message>
    <message>
        <source>Type your age to see only the jobs open to it. Jobs with no age limit are always shown.</source>
        <translation>Digite sua idade para ver só as vagas abertas a ela. Vagas sem limite de idade aparecem sempre.</translation>
    </message>
    <message>
        <source>Your age is used for this search only and forgotten when you finish.</source>
        <translation>A idade serve só para esta busca e é apagada quando você termina.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Take the age off</source>
        <translation>Tirar a idade</translation>
    </message>
    <message>
        <source>Use this age</source>
        <translation>Usar esta idade</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Choose a kind of work. The number says how many jobs there are.</source>
        <translation>Escolha um tipo de trabalho. O número diz quantas vagas há.</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Vagas: %1</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Job details</source>
        <translation>Detalhes da vaga</translation>
    </message>
    <message>
        <source>Job number %1</source>
        <translation>Número da vaga %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>Meu papel (%1)</translation>
    </message>
    <message>
        <source>Take off the slip</source>
        <translation>Tirar do papel</translation>
    </message>
    <message>
        <source>Add to the slip</source>
        <translation>Pôr no papel</translation>
    </message>
    <message>
        <source>Add to the slip (%1 of %2)</source>
        <translation>Pôr no papel (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Narrow down</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Jobs found: %1. Touch a condition to add it or take it off.</source>
        <translation>Vagas encontradas: %1. Toque numa condição para pôr ou tirar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Take all conditions off</source>
        <translation>Tirar todas as condições</translation>
    </message>
    <message>
        <source>Show the jobs (%1)</source>
        <translation>Ver as vagas (%1)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Jobs found: %1. Choose one to see it in full.</source>
        <translation>Vagas encontradas: %1. Escolha uma para ver os detalhes.</translation>
    </message>
    <message>
        <source>Jobs found: %1</source>
        <translation>Vagas: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Mais relevantes</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Area, type of employment, wage and more, with the number of jobs</source>
        <translation>Região, tipo de contrato, salário e mais, com o número de vagas</translation>
    </message>
    <message>
        <source>Touch to take this condition off</source>
        <translation>Toque para tirar esta condição</translation>
    </message>
    <message>
        <source>No jobs match. Try other words or take a condition off.</source>
        <translation>Nenhuma vaga encontrada. Tente outras palavras ou tire uma condição.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>Meu papel (%1)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Job search</source>
        <translation>Busca de emprego</translation>
    </message>
    <message>
        <source>Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.</source>
        <translation>Digite uma palavra como 介護 (kaigo) ou 事務 (jimu), ou escolha um tipo de trabalho.</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Palavras para buscar</translation>
    </message>
    <message>
        <source>Kinds of work, with the number of jobs</source>
        <translation>Tipos de trabalho, com o número de vagas</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Vagas: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>SlipPage</name>
    <message>
        <source>Please take your slip</source>
        <translation>Pegue o seu papel</translation>
    </message>
    <message>
        <source>Your slip for Hello Work</source>
        <translation>Seu papel para a Hello Work</translation>
    </message>
    <message>
        <source>Printing. Please wait a moment.</source>
        <translation>Imprimindo. Aguarde um momento.</translation>
    </message>
    <message>
        <source>Show it at the Hello Work counter to apply.</source>
        <translation>Mostre no balcão da Hello Work para se candidatar.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>Não foi possível imprimir o papel.</translation>
    </message>
    <message>
        <source>These jobs are printed in Japanese, each with its job number and a QR code.</source>
        <translation>Estas vagas são impressas em japonês, cada uma com o número e um código QR.</translation>
    </message>
    <message>
        <source>Printing your slip…</source>
        <translation>Imprimindo o papel…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Tirar</translation>
    </message>
    <message>
        <source>Hello Work office for this area:</source>
        <translation>Hello Work desta região:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Imprimir o papel</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The search could not be done right now. Please try again.</source>
        <translation>Não foi possível buscar agora. Tente de novo.</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>Esta vaga não está mais aberta. Escolha outra.</translation>
    </message>
    <message>
        <source>A slip holds up to five jobs. Take one off to add another.</source>
        <translation>Um papel tem no máximo cinco vagas. Tire uma para pôr outra.</translation>
    </message>
    <message>
        <source>Choose one to five jobs for the slip.</source>
        <translation>Escolha de uma a cinco vagas para o papel.</translation>
    </message>
    <message>
        <source>This kind of work is not in the list. Please choose another one.</source>
        <translation>Este tipo de trabalho não está na lista. Escolha outro.</translation>
    </message>
    <message>
        <source>Please enter an age from 15 to 99.</source>
        <translation>Digite uma idade de 15 a 99 anos.</translation>
    </message>
    <message>
        <source>No job is open to this age with the other conditions. Take a condition off.</source>
        <translation>Com as outras condições, não há vaga aberta a esta idade. Tire uma condição.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff.</source>
        <translation>Algo deu errado. Peça ajuda aos funcionários.</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Número da vaga</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida em</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Aberta até</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>Tipo de vaga</translation>
    </message>
    <message>
        <source>Type of employment</source>
        <translation>Tipo de contrato</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empregador</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation>Estação mais próxima</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Salário</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Folgas</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Escolaridade</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiência</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças e qualificações</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguros</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Vagas</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Região (município)</translation>
    </message>
    <message>
        <source>Railway line</source>
        <translation>Linha de trem</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Tipo de trabalho</translation>
    </message>
    <message>
        <source>Full or part time</source>
        <translation>Tempo integral ou parcial</translation>
    </message>
    <message>
        <source>Wage at least</source>
        <translation>Salário mínimo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>%1 yen a month</source>
        <extracomment>A wage paid by the month, %1 being the amount or range in yen (月給 200,000円).</extracomment>
        <translation>%1 ienes por mês</translation>
    </message>
    <message>
        <source>%1 yen a day</source>
        <extracomment>A wage paid by the day, %1 being the amount or range in yen (日給 9,000円).</extracomment>
        <translation>%1 ienes por dia</translation>
    </message>
    <message>
        <source>%1 yen an hour</source>
        <extracomment>A wage paid by the hour, %1 being the amount or range in yen (時給 1,200円).</extracomment>
        <translation>%1 ienes por hora</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of two amounts or ages, %1 the lower and %2 the upper (200,000〜250,000).</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 min walk</source>
        <extracomment>Minutes on foot from the nearest station.</extracomment>
        <translation>%1 min a pé</translation>
    </message>
    <message>
        <source>%1 people</source>
        <extracomment>How many people the employer takes on.</extracomment>
        <translation>%1 pessoas</translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <extracomment>Days off in a year.</extracomment>
        <translation>%1 dias por ano</translation>
    </message>
    <message>
        <source>Up to %1 years old</source>
        <extracomment>An age limit: up to %1 years old.</extracomment>
        <translation>Até %1 anos</translation>
    </message>
    <message>
        <source>%1 years old or more</source>
        <extracomment>An age limit: %1 years old or more.</extracomment>
        <translation>%1 anos ou mais</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <extracomment>An age limit: from %1 to %2 years old.</extracomment>
        <translation>De %1 a %2 anos</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>No age limit.</extracomment>
        <translation>Qualquer idade</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <extracomment>A person&apos;s age on the age filter&apos;s chip, %1 the years (35歳).</extracomment>
        <translation>%1 anos</translation>
    </message>
    <message>
        <source>Enter your age</source>
        <extracomment>The chip that opens the pad for the job seeker&apos;s age.</extracomment>
        <translation>Digitar a idade</translation>
    </message>
    <message>
        <source>Change the age</source>
        <extracomment>The chip that opens the pad again to change the age chosen.</extracomment>
        <translation>Mudar a idade</translation>
    </message>
    <message>
        <source>Type your age, from 15 to 99.</source>
        <extracomment>On the age pad before an age is typed.</extracomment>
        <translation>Digite sua idade, de 15 a 99 anos.</translation>
    </message>
    <message>
        <source>Counting the jobs…</source>
        <extracomment>On the age pad while the jobs open to the age typed are being counted.</extracomment>
        <translation>Contando as vagas…</translation>
    </message>
    <message>
        <source>Jobs open to age %1: %2</source>
        <extracomment>On the age pad: %1 the age typed, %2 how many jobs are open to it.</extracomment>
        <translation>Vagas abertas a %1 anos: %2</translation>
    </message>
    <message>
        <source>All jobs in %1</source>
        <extracomment>A button for a whole 職種 group, %1 its name (介護、福祉のすべて).</extracomment>
        <translation>Todas as vagas de %1</translation>
    </message>
    <message>
        <source>Kinds of work in %1</source>
        <extracomment>Heading of a 職種 group&apos;s sub-categories on the filter screen, %1 the group&apos;s name.</extracomment>
        <translation>Tipos de trabalho em %1</translation>
    </message>
    <message>
        <source>Not shown at the employer&apos;s request</source>
        <extracomment>The employer&apos;s name is not shown (公開範囲).</extracomment>
        <translation>Não mostrado a pedido do empregador</translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation>Funcionário efetivo</translation>
    </message>
    <message>
        <source>Non-regular employee</source>
        <translation>Funcionário não efetivo</translation>
    </message>
    <message>
        <source>Temporary agency worker (fixed term)</source>
        <translation>Temporário de agência (prazo fixo)</translation>
    </message>
    <message>
        <source>Temporary agency worker (no fixed term)</source>
        <translation>Temporário de agência (sem prazo)</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>Trabalhador de meio período</translation>
    </message>
    <message>
        <source>Part-time agency worker (fixed term)</source>
        <translation>Meio período de agência (prazo fixo)</translation>
    </message>
    <message>
        <source>Part-time agency worker (no fixed term)</source>
        <translation>Meio período de agência (sem prazo)</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Tempo integral</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Meio período</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>New graduates</source>
        <translation>Recém-formados</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Sazonal</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>Longe de casa</translation>
    </message>
    <message>
        <source>For people with disabilities</source>
        <translation>Para pessoas com deficiência</translation>
    </message>
    <message>
        <source>Starts in the morning</source>
        <translation>Começa de manhã</translation>
    </message>
    <message>
        <source>Starts in the daytime</source>
        <translation>Começa durante o dia</translation>
    </message>
    <message>
        <source>Starts in the evening</source>
        <translation>Começa à tarde ou noite</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Turno da noite</translation>
    </message>
    <message>
        <source>Up to 5 hours</source>
        <translation>Até 5 horas</translation>
    </message>
    <message>
        <source>Saturdays off</source>
        <translation>Folga aos sábados</translation>
    </message>
    <message>
        <source>Sundays off</source>
        <translation>Folga aos domingos</translation>
    </message>
    <message>
        <source>Public holidays off</source>
        <translation>Folga nos feriados</translation>
    </message>
    <message>
        <source>Two days off every week</source>
        <translation>Duas folgas toda semana</translation>
    </message>
    <message>
        <source>120 days off a year or more</source>
        <translation>120 dias de folga por ano ou mais</translation>
    </message>
    <message>
        <source>No experience needed</source>
        <translation>Sem experiência</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>Qualquer escolaridade</translation>
    </message>
    <message>
        <source>Commuting by car allowed</source>
        <translation>Pode ir de carro</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Sem transferências</translation>
    </message>
    <message>
        <source>Near a station</source>
        <translation>Perto de uma estação</translation>
    </message>
    <message>
        <source>Can become a regular employee</source>
        <translation>Pode virar efetivo</translation>
    </message>
    <message>
        <source>No overtime</source>
        <translation>Sem horas extras</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bônus</translation>
    </message>
    <message>
        <source>Childcare on site</source>
        <translation>Creche no local</translation>
    </message>
    <message>
        <source>No document screening</source>
        <translation>Sem triagem de documentos</translation>
    </message>
    <message>
        <source>Work from home</source>
        <translation>Trabalho em casa</translation>
    </message>
    <message>
        <source>Over 60 welcome</source>
        <translation>Acima de 60 bem-vindos</translation>
    </message>
    <message>
        <source>Office work, management</source>
        <translation>Escritório, gerência</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Shop work</source>
        <translation>Comércio</translation>
    </message>
    <message>
        <source>Service, cooking, hairdressing</source>
        <translation>Atendimento, cozinha, cabeleireiro</translation>
    </message>
    <message>
        <source>Care, welfare</source>
        <translation>Cuidados, assistência social</translation>
    </message>
    <message>
        <source>Childcare, teaching</source>
        <translation>Creche, ensino</translation>
    </message>
    <message>
        <source>Medicine, nursing</source>
        <translation>Saúde, enfermagem</translation>
    </message>
    <message>
        <source>Manufacturing, repair, inspection</source>
        <translation>Fabricação, reparo, inspeção</translation>
    </message>
    <message>
        <source>Engineering, IT, specialists</source>
        <translation>Engenharia, TI, especialistas</translation>
    </message>
    <message>
        <source>Construction, civil works, electrical</source>
        <translation>Construção, obras, elétrica</translation>
    </message>
    <message>
        <source>Security, building management</source>
        <translation>Segurança, manutenção predial</translation>
    </message>
    <message>
        <source>Driving, delivery</source>
        <translation>Motorista, entregas</translation>
    </message>
    <message>
        <source>Cleaning, warehouse, light work</source>
        <translation>Limpeza, armazém, trabalho leve</translation>
    </message>
    <message>
        <source>Farming, forestry, fishing</source>
        <translation>Agricultura, floresta, pesca</translation>
    </message>
    <message>
        <source>General office work</source>
        <translation>Trabalho de escritório geral</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Contabilidade</translation>
    </message>
    <message>
        <source>General affairs, personnel</source>
        <translation>Administração geral, RH</translation>
    </message>
    <message>
        <source>Sales office work</source>
        <translation>Apoio administrativo de vendas</translation>
    </message>
    <message>
        <source>Medical office work</source>
        <translation>Recepção e administração médica</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Cargos de gestão</translation>
    </message>
    <message>
        <source>Sales to companies</source>
        <translation>Vendas para empresas</translation>
    </message>
    <message>
        <source>Sales to households</source>
        <translation>Vendas para pessoas</translation>
    </message>
    <message>
        <source>Route sales</source>
        <translation>Vendas em rota fixa</translation>
    </message>
    <message>
        <source>Real estate sales</source>
        <translation>Vendas de imóveis</translation>
    </message>
    <message>
        <source>Shop assistant</source>
        <translation>Vendedor de loja</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Food sales</source>
        <translation>Venda de alimentos</translation>
    </message>
    <message>
        <source>Convenience store, supermarket</source>
        <translation>Loja de conveniência, supermercado</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Cozinheiro</translation>
    </message>
    <message>
        <source>Kitchen helper</source>
        <translation>Auxiliar de cozinha</translation>
    </message>
    <message>
        <source>Waiting on tables</source>
        <translation>Garçom, garçonete</translation>
    </message>
    <message>
        <source>Barber, hairdresser</source>
        <translation>Barbeiro, cabeleireiro</translation>
    </message>
    <message>
        <source>Hotel, inn</source>
        <translation>Hotel, pousada</translation>
    </message>
    <message>
        <source>Care worker</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Cuidado domiciliar</translation>
    </message>
    <message>
        <source>Care manager</source>
        <translation>Gestor de cuidados</translation>
    </message>
    <message>
        <source>Life support worker</source>
        <translation>Apoio à vida diária</translation>
    </message>
    <message>
        <source>Driving for care services</source>
        <translation>Motorista de serviços de cuidado</translation>
    </message>
    <message>
        <source>Nursery teacher</source>
        <translation>Educador de creche</translation>
    </message>
    <message>
        <source>Nursery assistant</source>
        <translation>Auxiliar de creche</translation>
    </message>
    <message>
        <source>After-school club worker</source>
        <translation>Monitor de atividades após a escola</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Professor, instrutor</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermeiro</translation>
    </message>
    <message>
        <source>Assistant nurse</source>
        <translation>Técnico de enfermagem</translation>
    </message>
    <message>
        <source>Nursing aide</source>
        <translation>Auxiliar de enfermagem</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Farmacêutico</translation>
    </message>
    <message>
        <source>Dental hygienist</source>
        <translation>Higienista dental</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Montagem</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspeção</translation>
    </message>
    <message>
        <source>Machine maintenance</source>
        <translation>Manutenção de máquinas</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impressão gráfica</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Programador</translation>
    </message>
    <message>
        <source>Systems engineer</source>
        <translation>Engenheiro de sistemas</translation>
    </message>
    <message>
        <source>Design engineering</source>
        <translation>Projetos de engenharia</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>Pesquisa e desenvolvimento</translation>
    </message>
    <message>
        <source>Building work</source>
        <translation>Obras de construção</translation>
    </message>
    <message>
        <source>Civil engineering work</source>
        <translation>Obras de engenharia civil</translation>
    </message>
    <message>
        <source>Electrical work</source>
        <translation>Instalações elétricas</translation>
    </message>
    <message>
        <source>Site supervisor</source>
        <translation>Supervisor de obras</translation>
    </message>
    <message>
        <source>Building security</source>
        <translation>Segurança patrimonial</translation>
    </message>
    <message>
        <source>Traffic guard</source>
        <translation>Controle de trânsito em obras</translation>
    </message>
    <message>
        <source>Building equipment upkeep</source>
        <translation>Manutenção predial</translation>
    </message>
    <message>
        <source>Apartment building caretaker</source>
        <translation>Zelador de condomínio</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>Motorista de caminhão</translation>
    </message>
    <message>
        <source>Taxi driver</source>
        <translation>Taxista</translation>
    </message>
    <message>
        <source>Bus driver</source>
        <translation>Motorista de ônibus</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Limpeza</translation>
    </message>
    <message>
        <source>Warehouse work</source>
        <translation>Trabalho em armazém</translation>
    </message>
    <message>
        <source>Order picking</source>
        <translation>Separação de pedidos</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Embalagem</translation>
    </message>
    <message>
        <source>Light work</source>
        <translation>Trabalho leve</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>Trabalho agrícola</translation>
    </message>
    <message>
        <source>Gardening, landscaping</source>
        <translation>Jardinagem, paisagismo</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>Silvicultura</translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation>Seguro-desemprego</translation>
    </message>
    <message>
        <source>Workers&apos; accident insurance</source>
        <translation>Seguro contra acidentes de trabalho</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Plano de saúde</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <translation>Previdência dos empregados</translation>
    </message>
    <message>
        <source>Public servants&apos; accident cover</source>
        <translation>Cobertura de acidentes do setor público</translation>
    </message>
    <message>
        <source>Savings scheme</source>
        <translation>Poupança do empregado</translation>
    </message>
    <message>
        <source>Company pension</source>
        <translation>Previdência da empresa</translation>
    </message>
    <message>
        <source>Retirement allowance</source>
        <translation>Indenização de aposentadoria</translation>
    </message>
    <message>
        <source>Retirement mutual aid</source>
        <translation>Fundo mútuo de aposentadoria</translation>
    </message>
    <message>
        <source>Job search</source>
        <extracomment>Title of the home screen&apos;s tile for the job search (Hello Work listings).</extracomment>
        <translation>Busca de emprego</translation>
    </message>
    <message>
        <source>Hello Work job listings. Print a slip to take to the Hello Work counter.</source>
        <extracomment>Description on the home screen&apos;s tile for the job search.</extracomment>
        <translation>Vagas da Hello Work. Imprima um papel para levar ao balcão da Hello Work.</translation>
    </message>
</context>
</TS>
