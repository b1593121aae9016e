<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
