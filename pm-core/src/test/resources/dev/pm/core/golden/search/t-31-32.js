pmSearch.shard("31-32",{"12t09":[0,1]});
