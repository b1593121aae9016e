<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgePage</name>
    <message>
        <source>Your age</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>Type your age to see only the jobs open to it. Jobs with no age limit are always shown.</source>
        <translation>나이를 입력하면 그 나이로 지원할 수 있는 일자리만 보여 줍니다. 나이 제한이 없는 일자리는 항상 보입니다.</translation>
    </message>
    <message>
        <source>Your age is used for this search only and forgotten when you finish.</source>
        <translation>나이는 이번 검색에만 쓰이며 끝내면 지워집니다.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Take the age off</source>
        <translation>나이 조건 해제</translation>
    </message>
    <message>
        <source>Use this age</source>
        <translation>이 나이로 찾기</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Choose a kind of work. The number says how many jobs there are.</source>
        <translation>직종을 고르세요. 숫자는 일자리 수입니다.</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>구인 %1건</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Job details</source>
        <translation>구인 상세</translation>
    </message>
    <message>
        <source>Job number %1</source>
        <translation>구인 번호 %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>인쇄할 구인(%1건)</translation>
    </message>
    <message>
        <source>Take off the slip</source>
        <translation>인쇄할 구인에서 빼기</translation>
    </message>
    <message>
        <source>Add to the slip</source>
        <translation>인쇄할 구인에 추가</translation>
    </message>
    <message>
        <source>Add to the slip (%1 of %2)</source>
        <translation>인쇄할 구인에 추가(%1번째 / 최대 %2건)</translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Narrow down</source>
        <translation>조건으로 좁히기</translation>
    </message>
    <message>
        <source>Jobs found: %1. Touch a condition to add it or take it off.</source>
        <translation>구인 %1건이 있습니다. 조건을 누르면 추가하거나 해제할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2건)</translation>
    </message>
    <message>
        <source>Take all conditions off</source>
        <translation>조건 모두 해제</translation>
    </message>
    <message>
        <source>Show the jobs (%1)</source>
        <translation>구인 보기(%1건)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Jobs found: %1. Choose one to see it in full.</source>
        <translation>구인 %1건이 있습니다. 선택하면 자세히 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Jobs found: %1</source>
        <translation>%1건</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>관련도순</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>조건으로 좁히기</translation>
    </message>
    <message>
        <source>Area, type of employment, wage and more, with the number of jobs</source>
        <translation>지역, 고용 형태, 임금 등(구인 수 표시)</translation>
    </message>
    <message>
        <source>Touch to take this condition off</source>
        <translation>누르면 이 조건을 해제합니다</translation>
    </message>
    <message>
        <source>No jobs match. Try other words or take a condition off.</source>
        <translation>맞는 구인이 없습니다. 다른 단어로 찾거나 조건을 해제하세요.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>인쇄할 구인(%1건)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Job search</source>
        <translation>일자리 찾기</translation>
    </message>
    <message>
        <source>Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.</source>
        <translation>&apos;介護(카이고)&apos;, &apos;事務(지무)&apos; 같은 단어를 입력하거나 직종을 선택하세요.</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Kinds of work, with the number of jobs</source>
        <translation>직종으로 찾기(숫자는 구인 수)</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>구인 %1건</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
</context>
<context>
    <name>SlipPage</name>
    <message>
        <source>Please take your slip</source>
        <translation>용지를 가져가세요</translation>
    </message>
    <message>
        <source>Your slip for Hello Work</source>
        <translation>헬로워크 창구에 가져갈 용지</translation>
    </message>
    <message>
        <source>Printing. Please wait a moment.</source>
        <translation>인쇄 중입니다. 잠시 기다려 주세요.</translation>
    </message>
    <message>
        <source>Show it at the Hello Work counter to apply.</source>
        <translation>헬로워크 창구에서 보여 주면 지원 절차를 밟을 수 있습니다.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>용지를 인쇄하지 못했습니다.</translation>
    </message>
    <message>
        <source>These jobs are printed in Japanese, each with its job number and a QR code.</source>
        <translation>다음 구인을 일본어로, 구인 번호와 QR코드를 붙여 인쇄합니다.</translation>
    </message>
    <message>
        <source>Printing your slip…</source>
        <translation>인쇄 중…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Hello Work office for this area:</source>
        <translation>이 지역의 헬로워크:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 인쇄</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>인쇄하기</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The search could not be done right now. Please try again.</source>
        <translation>지금은 검색할 수 없습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>이 구인은 모집이 끝났습니다. 다른 구인을 선택하세요.</translation>
    </message>
    <message>
        <source>A slip holds up to five jobs. Take one off to add another.</source>
        <translation>인쇄할 수 있는 구인은 5건까지입니다. 다른 구인을 추가하려면 하나를 빼세요.</translation>
    </message>
    <message>
        <source>Choose one to five jobs for the slip.</source>
        <translation>인쇄할 구인을 1건에서 5건까지 선택하세요.</translation>
    </message>
    <message>
        <source>This kind of work is not in the list. Please choose another one.</source>
        <translation>이 직종은 목록에 없습니다. 다른 직종을 고르세요.</translation>
    </message>
    <message>
        <source>Please enter an age from 15 to 99.</source>
        <translation>15세부터 99세까지의 나이를 입력하세요.</translation>
    </message>
    <message>
        <source>No job is open to this age with the other conditions. Take a condition off.</source>
        <translation>다른 조건과 함께라면 이 나이로 지원할 수 있는 일자리가 없습니다. 조건을 해제하세요.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff.</source>
        <translation>문제가 생겼습니다. 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>구인 번호</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>소개 기한일</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>구인 구분</translation>
    </message>
    <message>
        <source>Type of employment</source>
        <translation>고용 형태</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>업무 내용</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>사업소명</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>근무지</translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation>가까운 역</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>임금</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>근무 시간</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>휴일</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>연령</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>학력</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>필요한 경험</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>필요한 면허·자격</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>가입 보험</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>모집 인원</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>특징</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>지역(시구정촌)</translation>
    </message>
    <message>
        <source>Railway line</source>
        <translation>철도 노선</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>직종</translation>
    </message>
    <message>
        <source>Full or part time</source>
        <translation>풀타임·파트타임</translation>
    </message>
    <message>
        <source>Wage at least</source>
        <translation>최저 임금</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>근무 시간대</translation>
    </message>
    <message>
        <source>%1 yen a month</source>
        <extracomment>A wage paid by the month, %1 being the amount or range in yen (月給 200,000円).</extracomment>
        <translation>월급 %1엔</translation>
    </message>
    <message>
        <source>%1 yen a day</source>
        <extracomment>A wage paid by the day, %1 being the amount or range in yen (日給 9,000円).</extracomment>
        <translation>일급 %1엔</translation>
    </message>
    <message>
        <source>%1 yen an hour</source>
        <extracomment>A wage paid by the hour, %1 being the amount or range in yen (時給 1,200円).</extracomment>
        <translation>시급 %1엔</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of two amounts or ages, %1 the lower and %2 the upper (200,000〜250,000).</extracomment>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>%1 min walk</source>
        <extracomment>Minutes on foot from the nearest station.</extracomment>
        <translation>도보 %1분</translation>
    </message>
    <message>
        <source>%1 people</source>
        <extracomment>How many people the employer takes on.</extracomment>
        <translation>%1명</translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <extracomment>Days off in a year.</extracomment>
        <translation>연간 휴일 %1일</translation>
    </message>
    <message>
        <source>Up to %1 years old</source>
        <extracomment>An age limit: up to %1 years old.</extracomment>
        <translation>%1세 이하</translation>
    </message>
    <message>
        <source>%1 years old or more</source>
        <extracomment>An age limit: %1 years old or more.</extracomment>
        <translation>%1세 이상</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <extracomment>An age limit: from %1 to %2 years old.</extracomment>
        <translation>%1~%2세</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>No age limit.</extracomment>
        <translation>연령 무관</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <extracomment>A person&apos;s age on the age filter&apos;s chip, %1 the years (35歳).</extracomment>
        <translation>%1세</translation>
    </message>
    <message>
        <source>Enter your age</source>
        <extracomment>The chip that opens the pad for the job seeker&apos;s age.</extracomment>
        <translation>나이 입력</translation>
    </message>
    <message>
        <source>Change the age</source>
        <extracomment>The chip that opens the pad again to change the age chosen.</extracomment>
        <translation>나이 변경</translation>
    </message>
    <message>
        <source>Type your age, from 15 to 99.</source>
        <extracomment>On the age pad before an age is typed.</extracomment>
        <translation>나이를 입력하세요(15세부터 99세까지).</translation>
    </message>
    <message>
        <source>Counting the jobs…</source>
        <extracomment>On the age pad while the jobs open to the age typed are being counted.</extracomment>
        <translation>일자리 수를 세는 중…</translation>
    </message>
    <message>
        <source>Jobs open to age %1: %2</source>
        <extracomment>On the age pad: %1 the age typed, %2 how many jobs are open to it.</extracomment>
        <translation>%1세가 지원할 수 있는 일자리: %2건</translation>
    </message>
    <message>
        <source>All jobs in %1</source>
        <extracomment>A button for a whole 職種 group, %1 its name (介護、福祉のすべて).</extracomment>
        <translation>%1 전체</translation>
    </message>
    <message>
        <source>Kinds of work in %1</source>
        <extracomment>Heading of a 職種 group&apos;s sub-categories on the filter screen, %1 the group&apos;s name.</extracomment>
        <translation>%1 세부 직종</translation>
    </message>
    <message>
        <source>Not shown at the employer&apos;s request</source>
        <extracomment>The employer&apos;s name is not shown (公開範囲).</extracomment>
        <translation>사업소의 요청으로 비공개</translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation>정규직</translation>
    </message>
    <message>
        <source>Non-regular employee</source>
        <translation>비정규직</translation>
    </message>
    <message>
        <source>Temporary agency worker (fixed term)</source>
        <translation>파견 근로자(기간제)</translation>
    </message>
    <message>
        <source>Temporary agency worker (no fixed term)</source>
        <translation>파견 근로자(무기한)</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>파트타임 근로자</translation>
    </message>
    <message>
        <source>Part-time agency worker (fixed term)</source>
        <translation>파견 파트타임(기간제)</translation>
    </message>
    <message>
        <source>Part-time agency worker (no fixed term)</source>
        <translation>파견 파트타임(무기한)</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>풀타임</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>파트타임</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반 구인</translation>
    </message>
    <message>
        <source>New graduates</source>
        <translation>신규·기졸업자 구인</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>계절 구인</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>타지 취업 구인</translation>
    </message>
    <message>
        <source>For people with disabilities</source>
        <translation>장애인을 위한 구인</translation>
    </message>
    <message>
        <source>Starts in the morning</source>
        <translation>아침부터(5시~10시 시작)</translation>
    </message>
    <message>
        <source>Starts in the daytime</source>
        <translation>낮(10시~16시 시작)</translation>
    </message>
    <message>
        <source>Starts in the evening</source>
        <translation>저녁부터(16시~22시 시작)</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>야간 근무</translation>
    </message>
    <message>
        <source>Up to 5 hours</source>
        <translation>단시간(5시간 이내)</translation>
    </message>
    <message>
        <source>Saturdays off</source>
        <translation>토요일 휴무</translation>
    </message>
    <message>
        <source>Sundays off</source>
        <translation>일요일 휴무</translation>
    </message>
    <message>
        <source>Public holidays off</source>
        <translation>공휴일 휴무</translation>
    </message>
    <message>
        <source>Two days off every week</source>
        <translation>완전 주 5일제</translation>
    </message>
    <message>
        <source>120 days off a year or more</source>
        <translation>연간 휴일 120일 이상</translation>
    </message>
    <message>
        <source>No experience needed</source>
        <translation>경험 무관</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>학력 무관</translation>
    </message>
    <message>
        <source>Commuting by car allowed</source>
        <translation>자가용 출퇴근 가능</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>전근 없음</translation>
    </message>
    <message>
        <source>Near a station</source>
        <translation>역 근처(도보 10분 이내)</translation>
    </message>
    <message>
        <source>Can become a regular employee</source>
        <translation>정규직 전환 가능</translation>
    </message>
    <message>
        <source>No overtime</source>
        <translation>잔업 없음</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>상여금 있음</translation>
    </message>
    <message>
        <source>Childcare on site</source>
        <translation>보육 시설 있음</translation>
    </message>
    <message>
        <source>No document screening</source>
        <translation>서류 전형 없음</translation>
    </message>
    <message>
        <source>Work from home</source>
        <translation>재택근무</translation>
    </message>
    <message>
        <source>Over 60 welcome</source>
        <translation>60세 이상 환영</translation>
    </message>
    <message>
        <source>Office work, management</source>
        <translation>사무·관리직</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>영업</translation>
    </message>
    <message>
        <source>Shop work</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>Service, cooking, hairdressing</source>
        <translation>접객·이미용·조리·서비스</translation>
    </message>
    <message>
        <source>Care, welfare</source>
        <translation>요양·복지</translation>
    </message>
    <message>
        <source>Childcare, teaching</source>
        <translation>보육·교육</translation>
    </message>
    <message>
        <source>Medicine, nursing</source>
        <translation>의료·간호·보건</translation>
    </message>
    <message>
        <source>Manufacturing, repair, inspection</source>
        <translation>제조·수리·보전·검사·인쇄</translation>
    </message>
    <message>
        <source>Engineering, IT, specialists</source>
        <translation>기술직(건설·개발·IT)·전문직</translation>
    </message>
    <message>
        <source>Construction, civil works, electrical</source>
        <translation>건축·토목·전기공사</translation>
    </message>
    <message>
        <source>Security, building management</source>
        <translation>경비·시설관리·설비운전</translation>
    </message>
    <message>
        <source>Driving, delivery</source>
        <translation>운수(운전)·배송</translation>
    </message>
    <message>
        <source>Cleaning, warehouse, light work</source>
        <translation>청소·창고·포장·경작업</translation>
    </message>
    <message>
        <source>Farming, forestry, fishing</source>
        <translation>농업·임업·어업</translation>
    </message>
    <message>
        <source>General office work</source>
        <translation>일반 사무</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>경리·회계</translation>
    </message>
    <message>
        <source>General affairs, personnel</source>
        <translation>총무·인사</translation>
    </message>
    <message>
        <source>Sales office work</source>
        <translation>영업 사무</translation>
    </message>
    <message>
        <source>Medical office work</source>
        <translation>의료 사무</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>관리직</translation>
    </message>
    <message>
        <source>Sales to companies</source>
        <translation>법인 영업</translation>
    </message>
    <message>
        <source>Sales to households</source>
        <translation>개인 영업</translation>
    </message>
    <message>
        <source>Route sales</source>
        <translation>루트 영업</translation>
    </message>
    <message>
        <source>Real estate sales</source>
        <translation>부동산 영업</translation>
    </message>
    <message>
        <source>Shop assistant</source>
        <translation>매장 판매</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>계산원</translation>
    </message>
    <message>
        <source>Food sales</source>
        <translation>식품 판매</translation>
    </message>
    <message>
        <source>Convenience store, supermarket</source>
        <translation>편의점·슈퍼마켓</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>조리</translation>
    </message>
    <message>
        <source>Kitchen helper</source>
        <translation>조리 보조</translation>
    </message>
    <message>
        <source>Waiting on tables</source>
        <translation>홀 서빙</translation>
    </message>
    <message>
        <source>Barber, hairdresser</source>
        <translation>이용·미용</translation>
    </message>
    <message>
        <source>Hotel, inn</source>
        <translation>호텔·여관</translation>
    </message>
    <message>
        <source>Care worker</source>
        <translation>요양보호사</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>방문 요양</translation>
    </message>
    <message>
        <source>Care manager</source>
        <translation>케어매니저</translation>
    </message>
    <message>
        <source>Life support worker</source>
        <translation>생활지원원</translation>
    </message>
    <message>
        <source>Driving for care services</source>
        <translation>요양 송영</translation>
    </message>
    <message>
        <source>Nursery teacher</source>
        <translation>보육교사</translation>
    </message>
    <message>
        <source>Nursery assistant</source>
        <translation>보육 보조</translation>
    </message>
    <message>
        <source>After-school club worker</source>
        <translation>방과후 돌봄 지도원</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>강사</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>간호사</translation>
    </message>
    <message>
        <source>Assistant nurse</source>
        <translation>준간호사</translation>
    </message>
    <message>
        <source>Nursing aide</source>
        <translation>간호조무</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>약사</translation>
    </message>
    <message>
        <source>Dental hygienist</source>
        <translation>치과위생사</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>제조</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>조립</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Machine maintenance</source>
        <translation>기계 보전</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>프로그래머</translation>
    </message>
    <message>
        <source>Systems engineer</source>
        <translation>시스템 엔지니어</translation>
    </message>
    <message>
        <source>Design engineering</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>연구 개발</translation>
    </message>
    <message>
        <source>Building work</source>
        <translation>건축 작업</translation>
    </message>
    <message>
        <source>Civil engineering work</source>
        <translation>토목 작업</translation>
    </message>
    <message>
        <source>Electrical work</source>
        <translation>전기 공사</translation>
    </message>
    <message>
        <source>Site supervisor</source>
        <translation>시공 관리</translation>
    </message>
    <message>
        <source>Building security</source>
        <translation>시설 경비</translation>
    </message>
    <message>
        <source>Traffic guard</source>
        <translation>교통 유도</translation>
    </message>
    <message>
        <source>Building equipment upkeep</source>
        <translation>설비 관리</translation>
    </message>
    <message>
        <source>Apartment building caretaker</source>
        <translation>아파트 관리원</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>트럭 운전기사</translation>
    </message>
    <message>
        <source>Taxi driver</source>
        <translation>택시 운전기사</translation>
    </message>
    <message>
        <source>Bus driver</source>
        <translation>버스 운전기사</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>청소</translation>
    </message>
    <message>
        <source>Warehouse work</source>
        <translation>창고 작업</translation>
    </message>
    <message>
        <source>Order picking</source>
        <translation>피킹</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>포장</translation>
    </message>
    <message>
        <source>Light work</source>
        <translation>경작업</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>농업</translation>
    </message>
    <message>
        <source>Gardening, landscaping</source>
        <translation>조경</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>임업</translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation>고용보험</translation>
    </message>
    <message>
        <source>Workers&apos; accident insurance</source>
        <translation>산재보험</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>건강보험</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <translation>후생연금</translation>
    </message>
    <message>
        <source>Public servants&apos; accident cover</source>
        <translation>공무재해보상</translation>
    </message>
    <message>
        <source>Savings scheme</source>
        <translation>재형저축</translation>
    </message>
    <message>
        <source>Company pension</source>
        <translation>기업연금</translation>
    </message>
    <message>
        <source>Retirement allowance</source>
        <translation>퇴직금 제도</translation>
    </message>
    <message>
        <source>Retirement mutual aid</source>
        <translation>퇴직금 공제</translation>
    </message>
    <message>
        <source>Job search</source>
        <extracomment>Title of the home screen&apos;s tile for the job search (Hello Work listings).</extracomment>
        <translation>일자리 찾기</translation>
    </message>
    <message>
        <source>Hello Work job listings. Print a slip to take to the Hello Work counter.</source>
        <extracomment>Description on the home screen&apos;s tile for the job search.</extracomment>
        <translation>헬로워크 구인 정보를 찾을 수 있습니다. 창구에 가져갈 용지를 인쇄할 수 있습니다.</translation>
    </message>
</context>
</TS>
