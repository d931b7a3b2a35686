package temporal
import ("testing";"time";"fmt")
func TestTry(t *testing.T){
	ref:=time.Date(2025,12,29,0,0,0,0,japan)
	for _,s:=range []string{"二〇二五年十二月二十九日","令和7年12月29日","令和元年5月1日","H31.4.30","二十八日に","十分な","九州","三重県","千葉","毎日新聞","一日も早く","一日一日","元日本代表","20項目","第2次","90%","4打数","5度","一時停止","午後三時","令和7年度"}{
		fs:=Find(s,Context{Ref:ref}); if len(fs)==0 {fmt.Println(s, "-")}
		for _,x:=range fs{fmt.Printf("%s\t%q %s %s %s %s %v %v\n",s,x.Text,x.Value,x.Type,x.Mod,x.Anchor,x.Start.Format(time.RFC3339),x.End.Format("01-02T15:04"))}
	}
}
