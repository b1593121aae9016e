<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BookingCard</name>
    <message>
        <source>Provisional booking (not paid yet)</source>
        <translation>Reserva provisória (ainda não paga)</translation>
    </message>
    <message>
        <source>Booked and paid</source>
        <translation>Reservado e pago</translation>
    </message>
    <message>
        <source>Booked, to pay at the counter</source>
        <translation>Reservado, pagar no balcão</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Released: it was not paid in time</source>
        <translation>Liberada: não foi paga a tempo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilizada</translation>
    </message>
    <message>
        <source>Not used: nobody came</source>
        <translation>Não utilizada: ninguém compareceu</translation>
    </message>
    <message>
        <source>Please ask at the counter about this booking.</source>
        <translation>Pergunte no balcão sobre esta reserva.</translation>
    </message>
    <message>
        <source>Not paid yet: %1. Please pay at the facility&apos;s counter by %2, or the booking is released.</source>
        <translation>Ainda não paga: %1. Pague no balcão da instalação até %2, ou a reserva será liberada.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Reembolso: %1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>Número da reserva: %1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Taxa: %1</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Cancelar esta reserva</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Booking the room</source>
        <translation>Reservando</translation>
    </message>
    <message>
        <source>Holding the room for you. Please wait.</source>
        <translation>Segurando a sala para você. Aguarde.</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>Seu cartão ainda está no leitor. Retire-o agora.</translation>
    </message>
</context>
<context>
    <name>CancelPage</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>Cancelar esta reserva?</translation>
    </message>
    <message>
        <source>Please check what cancelling means.</source>
        <translation>Verifique o que significa cancelar.</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>Nada foi pago por esta reserva, então não há reembolso.</translation>
    </message>
    <message>
        <source>It is too close to the day: if you cancel now, nothing is refunded.</source>
        <translation>Está muito perto do dia: se cancelar agora, nada será reembolsado.</translation>
    </message>
    <message>
        <source>If you cancel now, the whole fee is refunded: %1.</source>
        <translation>Se cancelar agora, a taxa inteira será reembolsada: %1.</translation>
    </message>
    <message>
        <source>If you cancel now, %1 % of the fee is refunded: %2.</source>
        <translation>Se cancelar agora, %1 % da taxa será reembolsado: %2.</translation>
    </message>
    <message>
        <source>This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.</source>
        <translation>Este é um cancelamento tardio. Pontos de penalidade adicionados: %1. Com pontos demais, você não poderá reservar por um tempo.</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be restored.</source>
        <translation>Uma reserva cancelada não pode ser restaurada.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Cancelar esta reserva</translation>
    </message>
</context>
<context>
    <name>CancelledPage</name>
    <message>
        <source>Your booking is cancelled</source>
        <translation>A sua reserva foi cancelada</translation>
    </message>
    <message>
        <source>The room is free again at that time for others to book.</source>
        <translation>A sala está livre de novo nesse horário para outras pessoas reservarem.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Reembolso: %1</translation>
    </message>
    <message>
        <source>No refund is paid for this cancellation.</source>
        <translation>Não há reembolso para este cancelamento.</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is nothing to refund.</source>
        <translation>Nada foi pago, então não há reembolso.</translation>
    </message>
    <message>
        <source>The refund is paid at the facility&apos;s counter. Please show your booking number there.</source>
        <translation>O reembolso é pago no balcão da instalação. Mostre lá o número da sua reserva.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Minhas reservas</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>CancellingPage</name>
    <message>
        <source>Cancelling your booking</source>
        <translation>Cancelando a sua reserva</translation>
    </message>
    <message>
        <source>Your booking is being cancelled. Please wait.</source>
        <translation>A sua reserva está sendo cancelada. Aguarde.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking with the booking system</source>
        <translation>Consultando o sistema de reservas</translation>
    </message>
    <message>
        <source>Checking your card with the city&apos;s booking system. Please wait.</source>
        <translation>Verificando o seu cartão no sistema de reservas da cidade. Aguarde.</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>Verificando sua senha</translation>
    </message>
    <message>
        <source>Checking your PIN. Please do not take the card out.</source>
        <translation>Verificando o PIN. Não retire o cartão.</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Confirming your booking</source>
        <translation>Confirmando a reserva</translation>
    </message>
    <message>
        <source>Confirming your booking with the city. Please do not leave.</source>
        <translation>Confirmando a sua reserva com a cidade. Não saia daqui.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your booking is made</source>
        <translation>Sua reserva está feita</translation>
    </message>
    <message>
        <source>Your booking number is %1. Please note it.</source>
        <translation>O número da sua reserva é %1. Anote-o.</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Número da reserva</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Pago: %1</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter by %2.</source>
        <translation>Pague %1 no balcão do local até %2.</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter.</source>
        <translation>Pague %1 no balcão do local.</translation>
    </message>
    <message>
        <source>Please take your change: %1.</source>
        <translation>Retire o seu troco: %1.</translation>
    </message>
    <message>
        <source>Please take your receipt. It shows the booking number and a QR code.</source>
        <translation>Retire o seu recibo. Ele mostra o número da reserva e um código QR.</translation>
    </message>
    <message>
        <source>No receipt was printed. Please note the booking number.</source>
        <translation>Nenhum recibo foi impresso. Anote o número da reserva.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>EnteredPage</name>
    <message>
        <source>Your lottery entry has been sent</source>
        <translation>A sua inscrição no sorteio foi enviada</translation>
    </message>
    <message>
        <source>You do not need to do anything more today.</source>
        <translation>Você não precisa fazer mais nada hoje.</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>O sorteio será em %1.</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>Depois do sorteio, você pode ver o resultado neste terminal: veja as suas reservas e inscrições em sorteios com o seu cartão My Number.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Minhas reservas</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>EnteringPage</name>
    <message>
        <source>Sending your entry</source>
        <translation>Enviando a sua inscrição</translation>
    </message>
    <message>
        <source>Your lottery entry is being sent. Please wait.</source>
        <translation>A sua inscrição no sorteio está sendo enviada. Aguarde.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Lottery for %1</source>
        <translation>Sorteio de %1</translation>
    </message>
    <message>
        <source>Not drawn yet. The draw is on %1.</source>
        <translation>Ainda não sorteado. O sorteio será em %1.</translation>
    </message>
    <message>
        <source>Not drawn yet.</source>
        <translation>Ainda não sorteado.</translation>
    </message>
    <message>
        <source>Wish %1: %2</source>
        <translation>Opção %1: %2</translation>
    </message>
    <message>
        <source>Won. It is among your bookings, held for you until %1.</source>
        <translation>Sorteado. Está entre as suas reservas, guardada até %1.</translation>
    </message>
    <message>
        <source>Won. It is among your bookings.</source>
        <translation>Sorteado. Está entre as suas reservas.</translation>
    </message>
    <message>
        <source>Not won this time. You are number %1 on the waiting list.</source>
        <translation>Não sorteado desta vez. Você é o número %1 na lista de espera.</translation>
    </message>
    <message>
        <source>Not won this time.</source>
        <translation>Não sorteado desta vez.</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <source>Check the booking and the fee</source>
        <translation>Confira a reserva e a taxa</translation>
    </message>
    <message>
        <source>If this is right, touch Book. You choose next whether to pay here or at the counter.</source>
        <translation>Se estiver certo, toque em Reservar. Em seguida, escolha pagar aqui ou no balcão.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>This is the fee for people who do not live in the city, as your card shows.</source>
        <translation>Esta é a taxa para quem não mora na cidade, conforme o seu cartão.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a facility</source>
        <translation>Procurar uma instalação</translation>
    </message>
    <message>
        <source>Choose what you need, then touch a facility to see its free times.</source>
        <translation>Escolha o que precisa e toque numa instalação para ver os horários livres.</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the city&apos;s booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city&apos;s system.</source>
        <translation>Este terminal não consegue acessar o sistema de reservas da prefeitura agora. As instalações mostradas são de %1. Você pode ver os horários livres, mas reservar exige o sistema da prefeitura.</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Tipo de instalação</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Número de pessoas</translation>
    </message>
    <message>
        <source>Facilities found: %1</source>
        <translation>Instalações encontradas: %1</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (até %2)</translation>
    </message>
    <message>
        <source>No facility matches these choices. Please change a choice.</source>
        <translation>Nenhuma instalação corresponde a essas escolhas. Mude uma escolha.</translation>
    </message>
    <message>
        <source>My bookings and lottery entries</source>
        <translation>Minhas reservas e inscrições no sorteio</translation>
    </message>
</context>
<context>
    <name>GridCell</name>
    <message>
        <source>This day has passed.</source>
        <translation>Este dia já passou.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Já passou</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Escolhido</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>Insira seu cartão My Number</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>Coloque o cartão sobre o leitor com a frente para cima.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>Insira o cartão no leitor com a frente para baixo e o chip primeiro.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>Insira o cartão no leitor com a frente para cima e o chip primeiro.</translation>
    </message>
    <message>
        <source>Your card shows the bookings and lottery entries made under your name.</source>
        <translation>O cartão mostra as reservas e inscrições em sorteios feitas no seu nome.</translation>
    </message>
    <message>
        <source>Your card enters the lottery under your name. Nothing is paid now.</source>
        <translation>O cartão inscreve você no sorteio no seu nome. Nada é pago agora.</translation>
    </message>
    <message>
        <source>Your card books the room under your name. Nothing is paid yet.</source>
        <translation>O cartão faz a reserva no seu nome. Nada é pago ainda.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>What the marks mean</source>
        <translation>O que os símbolos significam</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Sua escolha</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Facility booking</source>
        <translation>Reserva de instalações</translation>
    </message>
    <message>
        <source>Reading the free times of this facility. Please wait.</source>
        <translation>Lendo os horários livres desta instalação. Aguarde.</translation>
    </message>
    <message>
        <source>Reading the list of facilities. Please wait.</source>
        <translation>Lendo a lista de instalações. Aguarde.</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <source>No answer from the booking system</source>
        <translation>Sem resposta do sistema de reservas</translation>
    </message>
    <message>
        <source>Please choose: try again, or stop.</source>
        <translation>Escolha: tentar de novo ou parar.</translation>
    </message>
    <message>
        <source>If you stop, any money you put in is given back and the room is not kept for you.</source>
        <translation>Se parar, o dinheiro inserido é devolvido e a sala não fica reservada para você.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>My bookings</source>
        <translation>Minhas reservas</translation>
    </message>
    <message>
        <source>To cancel a booking, touch Cancel this booking on it.</source>
        <translation>Para cancelar uma reserva, toque em Cancelar esta reserva nela.</translation>
    </message>
    <message>
        <source>You have no bookings and no lottery entries.</source>
        <translation>Você não tem reservas nem inscrições em sorteios.</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>Você não tem reservas.</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>Inscrições em sorteios</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>PayChoicePage</name>
    <message>
        <source>Where do you want to pay?</source>
        <translation>Onde você quer pagar?</translation>
    </message>
    <message>
        <source>The room is held for you. The fee is %1.</source>
        <translation>A sala está segurada para você. A taxa é %1.</translation>
    </message>
    <message>
        <source>The payment unit cannot be used now. Please pay at the facility&apos;s counter.</source>
        <translation>A máquina de pagamento não pode ser usada agora. Pague no balcão do local.</translation>
    </message>
    <message>
        <source>Pay here now</source>
        <translation>Pagar aqui agora</translation>
    </message>
    <message>
        <source>Cash or IC card</source>
        <translation>Dinheiro ou cartão IC</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>Pagar no balcão</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter by %1</source>
        <translation>No balcão do local, até %1</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter, in time</source>
        <translation>No balcão do local, dentro do prazo</translation>
    </message>
    <message>
        <source>A booking not paid by %1 is released.</source>
        <translation>Uma reserva não paga até %1 é cancelada.</translation>
    </message>
    <message>
        <source>A booking not paid in time is released.</source>
        <translation>Uma reserva não paga no prazo é cancelada.</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>Insira moedas ou cédulas na unidade de pagamento.</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>Encoste seu cartão IC no leitor da unidade de pagamento.</translation>
    </message>
    <message>
        <source>Choose how to pay. The booking is confirmed once the money is in.</source>
        <translation>Escolha como pagar. A reserva é confirmada quando o pagamento for feito.</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>Cédulas: %1 ienes</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>Moedas: %1 ienes</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Valor a pagar: %1</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Valor a pagar</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>Inserido até agora</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Falta pagar</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancelar pagamento</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Digite sua senha</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>Digite a senha de 4 dígitos do certificado de usuário do cartão e toque em Confirmar.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>A senha está incorreta. Tentativas restantes: %1. Depois disso, a senha é bloqueada.</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>Ninguém mais deve ver você digitar a senha. Os números digitados nunca são lidos em voz alta.</translation>
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
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The receipt printer has a problem</source>
        <translation>A impressora de recibos tem um problema</translation>
    </message>
    <message>
        <source>Your booking is made. Please note your booking number.</source>
        <translation>Sua reserva está feita. Anote o número da reserva.</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Número da reserva</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.</source>
        <translation>Quando a equipe consertar a impressora, toque em Imprimir de novo. Ou siga sem recibo: o número aparece de novo na próxima tela.</translation>
    </message>
    <message>
        <source>Go on without a receipt</source>
        <translation>Seguir sem recibo</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimir de novo</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>Imprimindo o recibo</translation>
    </message>
    <message>
        <source>Printing the receipt with your booking number. Please wait.</source>
        <translation>Imprimindo o recibo com o número da reserva. Aguarde.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The booking could not go on</source>
        <translation>Não foi possível continuar a reserva</translation>
    </message>
    <message>
        <source>Press “See the free times again” to see this week as it is now.</source>
        <translation>Toque em “Ver os horários livres de novo” para ver esta semana como está agora.</translation>
    </message>
    <message>
        <source>Press Back to choose again, or Finish to end.</source>
        <translation>Toque em Voltar para escolher de novo ou em Concluir para terminar.</translation>
    </message>
    <message>
        <source>See the free times again</source>
        <translation>Ver os horários livres de novo</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>Lendo seu cartão</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>Lendo seu cartão. Não o retire.</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>Retire seu cartão</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>Sua senha está correta. Retire o cartão do leitor para continuar.</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Up to %1 people</source>
        <translation>Até %1 pessoas</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, escolhido</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>You can look at the free times. Booking is not possible now.</source>
        <translation>Você pode ver os horários livres. Agora não é possível reservar.</translation>
    </message>
    <message>
        <source>Touch the free times you want. Then press the button at the bottom right.</source>
        <translation>Toque nos horários livres que quer. Depois, toque no botão embaixo à direita.</translation>
    </message>
    <message>
        <source>Free times as of %1</source>
        <translation>Horários livres em %1</translation>
    </message>
    <message>
        <source>◀ Week before</source>
        <translation>◀ Semana anterior</translation>
    </message>
    <message>
        <source>Week after ▶</source>
        <translation>Semana seguinte ▶</translation>
    </message>
    <message>
        <source>These free times are the copy kept on this kiosk. Booking needs the city&apos;s booking system, which cannot be reached now.</source>
        <translation>Estes horários livres são a cópia guardada neste terminal. Reservar exige o sistema de reservas da prefeitura, que não pode ser acessado agora.</translation>
    </message>
    <message>
        <source>Your choice: %1</source>
        <translation>Sua escolha: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Nada escolhido ainda.</translation>
    </message>
    <message>
        <source>Enter the lottery</source>
        <translation>Inscrever-se no sorteio</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>seg.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom.</translation>
    </message>
</context>
<context>
    <name>WishCard</name>
    <message>
        <source>Your wish</source>
        <translation>A sua opção</translation>
    </message>
</context>
<context>
    <name>WishPage</name>
    <message>
        <source>Enter the lottery</source>
        <translation>Inscrever-se no sorteio</translation>
    </message>
    <message>
        <source>If this is right, touch Enter the lottery.</source>
        <translation>Se estiver certo, toque em Inscrever-se no sorteio.</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>O sorteio será em %1.</translation>
    </message>
    <message>
        <source>This is not a booking yet. If you win, the room is held for you as a provisional booking.</source>
        <translation>Isto ainda não é uma reserva. Se for sorteado, a sala fica guardada como reserva provisória.</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>Depois do sorteio, você pode ver o resultado neste terminal: veja as suas reservas e inscrições em sorteios com o seu cartão My Number.</translation>
    </message>
</context>
<context>
    <name>booking</name>
    <message>
        <source>Free</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>Sorteio</translation>
    </message>
    <message>
        <source>City use</source>
        <translation>Uso da prefeitura</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Ainda não aberto</translation>
    </message>
    <message>
        <source>At the counter only</source>
        <translation>Só no balcão</translation>
    </message>
    <message>
        <source>This day has passed.</source>
        <translation>Esta data já passou.</translation>
    </message>
    <message>
        <source>The city&apos;s booking system cannot be reached now. You can look at the free rooms, but booking needs a connection. Please try again later.</source>
        <translation>Não é possível acessar o sistema de reservas da prefeitura agora. Você pode ver os horários livres, mas reservar exige conexão. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Someone else has just booked %1. Please choose another time.</source>
        <translation>Outra pessoa acabou de reservar %1. Escolha outro horário.</translation>
    </message>
    <message>
        <source>You have reached the limit of bookings: %1. You cannot book more now.</source>
        <translation>Você atingiu o limite de reservas: %1. Não é possível reservar mais agora.</translation>
    </message>
    <message>
        <source>You cannot book until %1 because of late cancellations or no-shows.</source>
        <translation>Você não pode reservar até %1 por cancelamentos de última hora ou faltas.</translation>
    </message>
    <message>
        <source>The fee has changed. Please check the new fee.</source>
        <translation>A taxa mudou. Confira a nova taxa.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Please press Try again: you will not book twice.</source>
        <translation>A conexão caiu antes da resposta. Toque em Tentar de novo: a reserva não será feita duas vezes.</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>A verificação do seu cartão não vale mais. Leia o cartão de novo.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>Não foi possível verificar o certificado eletrônico deste cartão.</translation>
    </message>
    <message>
        <source>The facility is closed on that day.</source>
        <translation>O local está fechado nesse dia.</translation>
    </message>
    <message>
        <source>That day cannot be booked here now. Please check when booking opens.</source>
        <translation>Esse dia não pode ser reservado aqui agora. Veja quando as reservas abrem.</translation>
    </message>
    <message>
        <source>Only residents of the city can enter this.</source>
        <translation>Só moradores da cidade podem se inscrever.</translation>
    </message>
    <message>
        <source>You have already entered this month&apos;s lottery.</source>
        <translation>Você já se inscreveu no sorteio deste mês.</translation>
    </message>
    <message>
        <source>This booking can no longer be cancelled here. Please ask at the counter.</source>
        <translation>Esta reserva não pode mais ser cancelada aqui. Pergunte no balcão.</translation>
    </message>
    <message>
        <source>The time to pay for this booking has passed. The booking was released.</source>
        <translation>O prazo para pagar esta reserva passou. A reserva foi liberada.</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>O cartão foi retirado cedo demais. Coloque-o de novo.</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>O PIN não está correto.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>O PIN deste cartão foi bloqueado por ter sido digitado errado muitas vezes.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please use your My Number card.</source>
        <translation>Este cartão não é um cartão My Number. Use o seu cartão My Number.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</source>
        <translation>A impressora de recibos está sem papel. Sua reserva foi feita: anote o número da reserva mostrado aqui.</translation>
    </message>
    <message>
        <source>The card could not be read. Please ask the staff.</source>
        <translation>Não foi possível ler o cartão. Peça ajuda à equipe.</translation>
    </message>
    <message>
        <source>Payment did not work. Please try again or pay at the counter.</source>
        <translation>O pagamento não funcionou. Tente de novo ou pague no balcão.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your booking is made: please note its number.</source>
        <translation>Não foi possível imprimir o recibo. Sua reserva foi feita: anote o número.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff for help.</source>
        <translation>Algo deu errado. Peça ajuda à equipe.</translation>
    </message>
    <message>
        <source>If you cancel: %1.</source>
        <extracomment>The city&apos;s refund rule in one line on the fee screen, built from its tiers. %1 is the list of tiers, each worded by ``tier``, ``later`` or ``nothing``.</extracomment>
        <translation>Se cancelar: %1.</translation>
    </message>
    <message>
        <source>%1 days or more before, %2% back</source>
        <extracomment>%1 is a number of days before the day of use, %2 the share of the fee given back.</extracomment>
        <translation>%1 dias ou mais antes, %2% de volta</translation>
    </message>
    <message>
        <source>later, %1% back</source>
        <extracomment>The last tier; %1 is the share of the fee given back.</extracomment>
        <translation>depois, %1% de volta</translation>
    </message>
    <message>
        <source>later, nothing back</source>
        <translation>depois, nada de volta</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>The ways to pay at the terminal, as the payment screen names them.</extracomment>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>Cartão IC (dinheiro eletrônico)</translation>
    </message>
    <message>
        <source>%1 slots a day</source>
        <extracomment>A booking cap; %1 is a number of time slots.</extracomment>
        <translation>%1 horários por dia</translation>
    </message>
    <message>
        <source>%1 slots a month</source>
        <translation>%1 horários por mês</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <extracomment>A booking cap; %1 is a number of hours.</extracomment>
        <translation>%1 horas por dia</translation>
    </message>
    <message>
        <source>Facility booking</source>
        <extracomment>Title of the home screen&apos;s tile for booking the city&apos;s facilities.
----------
Heading of the printed booking receipt.</extracomment>
        <translation>Reserva de instalações</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Número da reserva</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <extracomment>An amount of money; %1 is the number of yen.</extracomment>
        <translation>%1 ienes</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Pago em dinheiro</translation>
    </message>
    <message>
        <source>Paid by IC card</source>
        <translation>Pago com cartão IC</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>Pagar no balcão</translation>
    </message>
    <message>
        <source>Pay by</source>
        <extracomment>Label of the last day and time to pay at the counter.</extracomment>
        <translation>Pagar até</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the booking number when you cancel or ask about it.</source>
        <translation>Guarde este recibo. Mostre o número da reserva ao cancelar ou perguntar sobre ela.</translation>
    </message>
    <message>
        <source>Book a room at a community centre or a sports hall. Your My Number card is needed.</source>
        <extracomment>Description on the home screen&apos;s tile for booking the city&apos;s facilities.</extracomment>
        <translation>Reserve uma sala em um centro comunitário ou ginásio. É necessário o cartão My Number.</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Name of a kind of city facility (公民館).</extracomment>
        <translation>Centro comunitário</translation>
    </message>
    <message>
        <source>Neighbourhood hall</source>
        <extracomment>Name of a kind of city facility (地区会館).</extracomment>
        <translation>Salão do bairro</translation>
    </message>
    <message>
        <source>Sports hall</source>
        <extracomment>Name of a kind of city facility (体育館).</extracomment>
        <translation>Ginásio</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <extracomment>Name of a kind of city facility (グラウンド).</extracomment>
        <translation>Campo esportivo</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Name of a kind of city facility (図書館).</extracomment>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Civic centre</source>
        <extracomment>Name of a kind of city facility (市民会館).</extracomment>
        <translation>Centro cívico</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <extracomment>A group-size choice; %1 is a number of people.</extracomment>
        <translation>%1 pessoas ou mais</translation>
    </message>
</context>
</TS>
