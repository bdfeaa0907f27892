pmSearch.shard("79-6f",{"you":[0,1,2,1],"your":[0,1]});
