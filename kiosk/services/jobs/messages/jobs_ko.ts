<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
